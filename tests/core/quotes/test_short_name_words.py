"""`/quote State Department` reaches what the article quotes as "a State Dept. spokesman": a word
of a body's name written short ("Dept.", "Corp.", "Assn.") is the whole word to a query, both ways;
and "the unnamed State Dept. spokesman" said after "a State Dept. spokesman" is that same source."""

from __future__ import annotations

import pytest

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes

VISAS = (
    "Title: Visa row\n\n"
    "The embassy closed its visa section on Monday.\n\n"
    "“We are reviewing every application,” said a State Dept. spokesman.\n\n"
    "The unnamed State Dept. spokesman added that the review “will take weeks, not days.”\n"
)
MILL = (
    "Title: Mill sale\n\n"
    "The mill will close in May.\n\n"
    "“We looked at every other option,” a Harbor Corporation spokeswoman said.\n"
)


def test_the_unnamed_spokesman_is_the_spokesman_met_before():
    said = [(q.speaker, q.kind) for q in quotes.extract_quotes(parse_article(VISAS))]
    assert said == [("a State Dept. spokesman", "unnamed")] * 2


@pytest.mark.parametrize("query", ["State Department", "state department", "Department of State"])
def test_the_whole_word_finds_the_short_ones_source(query):
    result = quotes.find_quotes(parse_article(VISAS), query)
    assert result.speaker is not None and result.speaker.name == "a State Dept. spokesman"
    assert [q.paragraph for q in result.quotes] == [2, 3]


def test_the_short_word_finds_the_whole_ones_source():
    result = quotes.find_quotes(parse_article(MILL), "Harbor Corp.")
    assert result.speaker is not None and result.speaker.name == "a Harbor Corporation spokeswoman"
