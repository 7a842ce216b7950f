"""A capitalised name with a word the article has in no form is missing, though its other words are
there ("House Judiciary Committee" beside a finance committee); a compass word or a word made from one
of the article's names is no such word ("Northern Ashcombe", "Ashcombian")."""

from __future__ import annotations

import pytest

from bot.core.ask.engine import answer_question
from tests.conftest import own_article


@pytest.fixture(scope="module")
def festival():
    return own_article("ask_cider_festival.txt")


def test_a_name_with_a_word_the_article_never_uses_is_missing(festival):
    result = answer_question(festival, "What did the Judiciary Committee say?")
    assert result.tier == 3
    assert result.missing == ("Judiciary Committee",)


def test_a_name_whose_every_word_the_article_uses_is_no_sign(festival):
    assert answer_question(festival, "What did the Finance Committee approve?").tier != 3


def test_a_compass_word_before_a_name_of_the_article_is_no_sign(festival):
    assert answer_question(festival, "How many people came from Northern Ashcombe?").tier != 3


def test_a_word_made_from_a_name_of_the_article_is_no_sign(festival):
    assert answer_question(festival, "What did the Ashcombian Growers say?").tier != 3


def test_a_question_with_a_lower_case_verb_is_not_in_title_case(festival):
    # Three of its four words capitalised, but "open" is no small word: the names are names.
    result = answer_question(festival, "Did Dunmore open Brewers Festival?")
    assert result.missing == ("Brewers Festival",)
