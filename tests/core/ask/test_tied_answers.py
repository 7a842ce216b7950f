"""A what-question's answer is of no kind the confidence checks (a date, a place, a name): the sentence
that matches it best answers only when it is clearly ahead of the best one in another paragraph."""

from __future__ import annotations

import pytest

from bot.core.ask.engine import answer_question
from tests.conftest import own_article


@pytest.fixture(scope="module")
def promise():
    return own_article("ask_harbour_promise.txt")


def test_a_what_question_matched_as_well_in_two_paragraphs_gets_the_closest_passage(promise):
    # "The promise the mayor made to fishermen would cost ..." and "The mayor ... made fishermen a
    # promise on Monday" hold every word of it; neither says what was promised.
    result = answer_question(promise, "What did the mayor promise fishermen?")
    assert result.tier == 2


def test_the_closest_passage_shows_both_sentences(promise):
    result = answer_question(promise, "What did the mayor promise fishermen?")
    shown = " ".join(s.text for s in (result.passage, *result.also))
    assert "would cost the town" in shown
    assert "made fishermen a promise on Monday" in shown


def test_a_what_question_matched_clearly_best_in_one_paragraph_still_answers(promise):
    result = answer_question(promise, "What damaged the harbour wall?")
    assert result.tier == 1
    assert "damaged in a storm" in result.answer
