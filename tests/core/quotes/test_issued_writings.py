"""A writing's words are its issuer's: "In a statement, the company said ... “…,” the statement
said." gives the words to the company the article names."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes


def _speakers(body: str) -> list[tuple[str, str]]:
    article = parse_article(f"Title: T\n\n{body}\n")
    return [(s.name, s.kind) for s in quotes.list_speakers(article).speakers]


def test_the_statement_is_the_company_that_issued_it():
    body = (
        "Greystone Homes wanted to build 400 houses. In a statement, the company said it would appeal. "
        '"We listened to residents and changed the plans three times," the statement said.'
    )
    assert _speakers(body) == [("Greystone Homes", "organisation")]


def test_a_statement_with_no_issuer_named_before_stays_a_statement():
    body = (
        "Greystone Homes wanted to build 400 houses.\n\n"
        '"We listened to residents and changed the plans three times," the statement said.'
    )
    assert _speakers(body) == [("the statement", "unnamed")]
