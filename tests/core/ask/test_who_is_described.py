"""'Who is X?' is answered by a sentence that says who X is (a title, an apposition, a role before the
name); a sentence that only names X is the closest passage, not the answer."""

from __future__ import annotations

import pytest

from bot.core.ask.engine import answer_question
from tests.conftest import own_article


@pytest.fixture(scope="module")
def market():
    return own_article("ask_market_hall.txt")


def test_a_sentence_that_only_names_the_person_is_no_answer_to_who_they_are(market):
    result = answer_question(market, "Who is Pieter Vos?")
    assert result.tier == 2
    assert "Pieter Vos wrote" in result.passage.text


def test_a_place_word_and_a_comma_before_the_name_are_no_role(market):
    result = answer_question(market, "who is orla brennan")
    assert result.tier == 2


def test_two_people_asked_about_at_once_need_a_sentence_saying_who_they_are(market):
    result = answer_question(market, "Who are Ruth and Alan Keogh?")
    assert result.tier == 2


def test_two_people_after_a_role_and_a_comma_are_introduced(market):
    result = answer_question(market, "Who are Sara Quill and Ben Otway?")
    assert result.tier == 1
    assert "farmers" in result.answer


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Who is Ines Marlow?", "of Harbour Bank"),
        ("Who is Tomas Reddy?", "a stonemason"),
        ("Who is Clara Whitcombe?", "the market's manager"),
    ],
)
def test_an_apposition_an_affiliation_or_a_dash_says_who_someone_is(market, question, said):
    result = answer_question(market, question)
    assert result.tier == 1
    assert said in result.answer
