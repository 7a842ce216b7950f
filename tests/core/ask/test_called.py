"""'What did X call Y?' is answered only by a sentence with a word of naming or a quotation: one that
mentions X and Y but gives no words they used is the closest passage."""

from __future__ import annotations

import pytest

from bot.core.ask.calls import asks_what_called
from bot.core.ask.engine import answer_question
from tests.conftest import own_article


@pytest.fixture(scope="module")
def festival():
    return own_article("ask_river_festival.txt")


def test_a_sentence_without_naming_or_quotation_does_not_say_what_someone_called_someone(festival):
    result = answer_question(festival, "What did Fenn call Rusk?")
    assert result.tier == 2


def test_a_sentence_quoting_what_someone_called_something_answers(festival):
    result = answer_question(festival, "What did Fenn call the festival?")
    assert result.tier == 1
    assert "the heart of the town" in result.answer


def test_a_word_of_naming_without_quotation_answers(festival):
    result = answer_question(festival, "What did the harbour board call the night market?")
    assert result.tier == 1
    assert "fire risk" in result.answer


def test_calling_for_something_asks_for_no_name():
    assert asks_what_called("What did Fenn call Rusk?")
    assert not asks_what_called("What did Fenn call for the town to do?")
