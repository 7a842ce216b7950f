"""A company whose name opens with a given name is no person: "Corrin Resources said in a statement
that it “…”" is an organisation speaking, never a Mr Resources."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes.engine import extract_quotes


def _said(paragraph: str) -> list[tuple[str | None, str]]:
    body = f"The state mining board approved the expansion of the Pell copper mine.\n\n{paragraph}"
    quotes = extract_quotes(parse_article(f"Title: Mine approved\n\n{body}\n"))
    return [(quote.speaker, quote.kind) for quote in quotes]


def test_a_resources_company_speaks_as_an_organisation():
    said = _said(
        "Corrin Resources said in a statement that it “will meet every condition the board has set.”"
    )
    assert said == [("Corrin Resources", "organisation")]


def test_a_mining_company_speaks_as_an_organisation():
    said = _said("“We will start in spring,” Grace Mining said.")
    assert said == [("Grace Mining", "organisation")]


def test_a_television_company_after_a_role_without_its_closing_comma_is_not_the_speaker():
    said = _said(
        "Greta Lindqvist, senior vice president for news at Northwind Television said in a statement "
        "“Any suggestion that Northwind Television cut any deal is plainly false.”"
    )
    assert said == [("Greta Lindqvist", "person")]
