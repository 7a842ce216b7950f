"""A contraction typed without its apostrophe ("didnt", "whats") is the contraction, not a name the
article never mentions; the reply keeps the question as typed."""

from __future__ import annotations

import pytest

from bot.core.ask.contractions import with_apostrophes
from bot.core.ask.engine import answer_question
from tests.conftest import own_article


@pytest.fixture(scope="module")
def theatre():
    return own_article("ask_theatre_appeal.txt")


def test_a_contraction_without_its_apostrophe_is_no_missing_name(theatre):
    result = answer_question(theatre, "didnt vane close the theatre")
    assert result.tier != 3
    assert result.question == "didnt vane close the theatre"


def test_an_unmarked_contraction_is_never_named_missing(theatre):
    assert "whats" not in answer_question(theatre, "whats the cost of tickets").missing


def test_apostrophes_come_back_in_the_typed_case():
    assert with_apostrophes("Whats the price? whos he") == "What's the price? who's he"


def test_words_of_their_own_stay_as_typed():
    assert with_apostrophes("its cant wont were well") == "its cant wont were well"
