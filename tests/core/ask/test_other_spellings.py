"""A question typed in American spelling asks what a British article says in its own ("organized" /
"organised", "center" / "centre", "Labor" / "Labour"), and the other way round."""

from __future__ import annotations

import pytest

from bot.core.ask.engine import answer_question
from bot.core.ask.respell import other_spellings
from tests.conftest import own_article


@pytest.fixture(scope="module")
def strike():
    return own_article("ask_civil_strike.txt")


def test_a_verb_in_the_other_spelling_is_answered_as_written(strike):
    result = answer_question(strike, "Who organized the strike?")
    assert result.tier == 1
    assert "civil servants organised" in result.answer


def test_a_noun_in_the_other_spelling_is_answered_as_written(strike):
    result = answer_question(strike, "What was the color of the day?")
    assert result.tier == 1
    assert "union red" in result.answer


def test_a_doubled_consonant_in_the_other_spelling_is_answered_as_written(strike):
    result = answer_question(strike, "Whose driving tests were canceled?")
    assert result.tier == 1
    assert "travellers" in result.answer


def test_a_name_in_the_other_spelling_is_not_missing(strike):
    result = answer_question(strike, "What did Labor ministers say?")
    assert result.missing == ()
    assert "nurses" in (result.answer or result.passage.text)


def test_the_reply_keeps_the_question_as_typed(strike):
    assert answer_question(strike, "Who apologized to travelers?").question == "Who apologized to travelers?"


@pytest.mark.parametrize(
    ("word", "other"),
    [("organised", "organized"), ("color", "colour"), ("theatres", "theaters"), ("traveling", "travelling")],
)
def test_regular_endings_have_their_other_spelling(word, other):
    assert other in other_spellings(word)


@pytest.mark.parametrize("word", ["four", "filled", "size", "raised", "for"])
def test_short_bases_have_no_other_spelling(word):
    assert other_spellings(word) == ()
