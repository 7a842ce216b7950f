""" "According to" and a description of no listed kind ("the exit polls in New Hampshire", "his
longtime personal physician") gives the sentence's quotation to what it describes, labelled with
the description up to a preposition or the clause's end."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes


def _quotes(body: str) -> list[tuple[str | None, str]]:
    article = parse_article(f"Title: Harbor vote\n\nMayor Ada Holt spoke on Monday.\n\n{body}\n")
    return [(q.speaker, q.text) for q in quotes.extract_quotes(article)]


def test_according_to_plural_polls_gives_them_the_quotation():
    body = "According to the exit polls in Gullport, 24% of voters wanted one who would “tell it like it is.”"
    assert _quotes(body) == [("the exit polls", "tell it like it is.")]


def test_according_to_a_described_person_gives_them_the_quotation():
    body = (
        "According to her longtime personal physician, the mayor had excellent results and "
        "“will be the healthiest mayor ever elected.”"
    )
    expected = ("her longtime personal physician", "will be the healthiest mayor ever elected.")
    assert _quotes(body) == [expected]
