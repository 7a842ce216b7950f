""" "By how much ...?" and "For how long ...?" ask what "how much" and "how long" ask: the preposition
before "how" changes nothing of the kind of answer wanted."""

from __future__ import annotations

import pytest

from bot.core.ask.engine import answer_question
from bot.core.ask.question import HOW_MANY, MEASURE, classify
from tests.conftest import own_article


@pytest.fixture(scope="module")
def ferries():
    return own_article("ask_ferry_delays.txt")


def test_by_how_much_asks_for_an_amount():
    assert classify("By how much has the crossing been delayed?").kind == HOW_MANY


def test_for_how_long_asks_for_a_length_of_time():
    assert classify("For how long have the ferries run late?").kind == MEASURE


def test_a_sentence_with_no_amount_does_not_answer_by_how_much(ferries):
    # "the crossing has been delayed each morning" says how often, not by how much.
    assert answer_question(ferries, "By how much has the crossing been delayed?").tier == 2


def test_a_sentence_with_no_length_of_time_does_not_answer_for_how_long(ferries):
    assert answer_question(ferries, "For how long have the ferries run late?").tier == 2
