""" "What did X say about Y?" is answered by X's quotation only when it is about Y: one holding a word or
two of a longer topic is their closest passage, not the answer."""

from __future__ import annotations

import pytest

from bot.core.ask.engine import answer_question
from tests.conftest import own_article


@pytest.fixture(scope="module")
def coach():
    return own_article("ask_coach_quotes.txt")


def test_a_quotation_sharing_one_word_of_the_topic_is_the_closest_passage(coach):
    # "The young lads have been brilliant" says nothing of referees or their decisions.
    result = answer_question(coach, "What did Marsh say about young referees' decisions?")
    assert result.tier == 2


def test_a_quotation_about_the_topic_still_answers(coach):
    result = answer_question(coach, "What did Marsh say about the new stand?")
    assert result.tier == 1
    assert "We need a new stand" in result.answer
