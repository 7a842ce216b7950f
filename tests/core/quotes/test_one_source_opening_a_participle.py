"""`One operative inside the campaign tried to downplay the comments, saying they were “…”`: a source
noun after "one" opening the clause is the unnamed source a participle goes on with, as after "a"."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes.engine import extract_quotes


def _speaker(sentence: str) -> tuple[str | None, str]:
    text = f"Title: T\n\nTom Holt spoke on Monday.\n\n{sentence} “not a big deal around here.”\n"
    quote = extract_quotes(parse_article(text))[0]
    return quote.speaker, quote.kind


def test_one_operative_goes_on_saying():
    sentence = "One operative inside the campaign tried to downplay the comments, saying they were"
    assert _speaker(sentence) == ("one operative", "unnamed")


def test_a_named_person_after_one_is_no_unnamed_source():
    sentence = "One man, Tom Holt, tried to downplay the comments, saying they were"
    assert _speaker(sentence)[0] != "one man"
