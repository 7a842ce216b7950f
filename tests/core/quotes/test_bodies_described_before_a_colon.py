"""`The board was conclusive in its findings: “…”`: an organisation opening a clause that ends in a
colon with its own "was", "is", "has" or "had" introduces its words, as a person's clause does; a
plural's ("Respondents are obliged to disclose:") does not."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes.engine import extract_quotes


def _speaker(sentence: str) -> str | None:
    text = (
        f"Title: T\n\nThe complaint was heard on Monday.\n\n{sentence} “Further discussion is unnecessary.”\n"
    )
    return extract_quotes(parse_article(text))[0].speaker


def test_a_board_conclusive_in_its_findings_speaks():
    sentence = "The Harbor County Board of Elections was conclusive in its findings:"
    assert _speaker(sentence) == "the Harbor County Board of Elections"


def test_a_body_blunt_after_an_opening_phrase_speaks():
    assert _speaker("Addressing the candidate directly, the Harbor Trust was blunt:") == "the Harbor Trust"


def test_what_many_are_obliged_to_say_is_no_ones():
    assert _speaker("Respondents are obliged to disclose:") is None


def test_a_body_after_an_opening_adverb_speaks():
    assert _speaker("Even the Harbor Trust reacted to the photo without naming anyone:") == "the Harbor Trust"
