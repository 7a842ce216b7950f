""" "By how much ...?" and "For how long ...?" ask what "how much" and "how long" ask, and "On which
day ...?", "At what time ...?" what "which day" and "what time" ask: the preposition before them changes
nothing of the kind of answer wanted."""

from __future__ import annotations

import pytest

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question
from bot.core.ask.question import HOW_MANY, MEASURE, WHEN, classify
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


def test_on_which_day_asks_for_a_time():
    assert classify("On which day was the ceremony?").kind == WHEN


def test_at_what_time_asks_for_a_time():
    assert classify("At what time did the ferry leave?").kind == WHEN


def test_a_sentence_with_no_day_does_not_answer_on_which_day():
    article = parse_article(
        "Awards night\n\n"
        "The Kessland film awards were handed out on Saturday in Port Avel.\n\n"
        "Best actor Ivo Brand could not make the ceremony, but actress Lena Voss read out his speech.\n"
    )
    result = answer_question(article, "On which day was the ceremony?")
    assert "could not make the ceremony" not in (result.answer or "")
