"""`the source said` is the unnamed source its paragraph (or the one before) just introduced with that
noun (`a separate source familiar with the inquiry`), not another source quoted paragraphs back."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes.engine import extract_quotes

EMAILS = (
    "Title: Emails\n\n"
    "Harbor Bank's chief executive Tom Holt sent the emails, according to two people who have seen them.\n\n"
    "“His account sent most of them,” said one source who spoke on condition of anonymity.\n\n"
    "Asked to confirm the account, a separate source familiar with the inquiry did so, with a caveat: "
    "“He was not the only one,” the source said.\n"
)

TOLD = (
    "Title: Campaign\n\n"
    "A Harbor Party source told the Gazette that Holt would lead the campaign.\n\n"
    "Strategists said he would be set loose on the opposition. "
    "“Now it's our turn,” the source told the paper.\n"
)


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(parse_article(text))]


def test_the_source_introduced_in_its_paragraph_speaks():
    assert _speakers(EMAILS) == ["one source", "a separate source"]


def test_the_source_introduced_in_the_paragraph_before_speaks():
    assert _speakers(TOLD) == ["a Harbor Party source"]
