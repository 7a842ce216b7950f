"""`the Port Ardley Residents' Association said`: the mark of a plural possessive inside an
organisation's name keeps the whole name, also when the plural is a word that elsewhere opens a
sentence or names a group ("Residents said"); it was labelled "' Association" or "the Port Ardley
Residents"."""

from __future__ import annotations

import pytest

from bot.core.article import parse_article
from bot.core.quotes.engine import extract_quotes, list_speakers

_NAME = "the Quayside Residents' Association"


def _speakers(sentence: str) -> list[str | None]:
    text = f"Title: T\n\nThe harbour festival opens on Friday.\n\n{sentence}\n"
    return [quote.speaker for quote in extract_quotes(parse_article(text))]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Quayside Residents' Association said: “The event treats the harbour like a car park.”",
        "“Nobody asked us about the fences,” the Quayside Residents' Association said.",
        "“We will write to the council again,” said the Quayside Residents' Association.",
        "According to the Quayside Residents' Association, the stalls “block every lane to the water.”",
        "Traders agreed, and the Quayside Residents' Association said the noise “went on past midnight.”",
    ],
)
def test_a_name_with_a_plural_possessive_speaks_whole(sentence):
    assert _speakers(sentence) == [_NAME]


def test_a_curly_mark_keeps_the_name_too():
    sentence = "The Quayside Residents’ Association said the plan was “a mistake we will all pay for.”"
    assert _speakers(sentence) == ["the Quayside Residents’ Association"]


def test_the_name_is_listed_as_an_organisation():
    text = (
        "Title: T\n\nThe Quayside Residents' Association said the stalls “block every lane to the water.”\n"
    )
    listed = list_speakers(parse_article(text)).speakers
    assert [(s.name, s.kind) for s in listed] == [(_NAME, "organisation")]
