"""A noun whose that-clause says what it holds ("the idea that", "the claim that") frames a yes/no question:
the article says the clause in its own words, so the noun is never named missing."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.absence import thing_phrases
from bot.core.ask.engine import answer_question

FROGS = parse_article(
    "Spiky skulls evolved many times, study finds\n\n"
    "Spiky skulls evolved at least 20 separate times in frogs, a study by the Eastport Museum reports.\n\n"
    "Some scientists had suggested smaller frogs would develop spiky skulls, but that is not what this study "
    "reports.\n"
)


def test_the_idea_that_is_no_missing_thing():
    result = answer_question(FROGS, "Does the study back the idea that smaller frogs get spiky skulls?")
    assert not result.missing
    assert "not what this study reports" in (result.answer or result.passage.text)


def test_a_noun_without_its_clause_is_still_looked_for():
    assert "idea" in thing_phrases("Did the study test the idea?")
    assert "idea" not in thing_phrases("Did the study test the idea that frogs grow?")
