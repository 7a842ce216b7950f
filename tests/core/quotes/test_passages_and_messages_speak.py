"""A passage or an excerpt speaks as a letter does (`The passage continued: “…”`), and a writing
whose subject runs on through phrases and an aside reads its words (`A message to families from the
head of the Harbor School, which Tom attends, read in part: “…”`)."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes.engine import extract_quotes


def _speaker(sentence: str) -> str | None:
    text = (
        "Title: T\n\nTom Holt wrote the report last year.\n\n"
        f"{sentence} “The council thus confirmed a decision it had made months earlier.”\n"
    )
    return extract_quotes(parse_article(text))[0].speaker


def test_the_passage_continues():
    assert _speaker("The passage continued:") == "the passage"
    assert _speaker("The excerpt reads:") == "the excerpt"


def test_a_message_with_phrases_and_an_aside_reads():
    opening = "A message to families from the head of the Harbor School, which Tom attends, read in part:"
    assert _speaker(opening) == "the head of the Harbor School"
    assert _speaker("A letter to families read:") == "a letter"


def test_a_verb_inside_the_subject_stops_the_reading():
    assert _speaker("A message that Tom Holt sent said nothing, and Dan Reyes read:") != "a message"
