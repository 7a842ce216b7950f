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


def test_a_name_split_at_a_small_word_is_there_by_the_acronym_of_the_whole(festival):
    # "Circle" alone is in no form in the article; "Circle of Cider Makers" is its CCM.
    assert answer_question(festival, "What did the Circle of Cider Makers say?").tier != 3


def test_a_hyphenated_name_is_there_by_the_acronym_of_its_parts(festival):
    assert answer_question(festival, "What did the Apple-Brandy Society hand out?").tier != 3


def test_a_name_split_at_or_is_there_in_a_hashtag(festival):
    assert answer_question(festival, "What did visitors post under Cider or Bust?").tier != 3


def test_a_word_run_together_from_the_starts_of_a_name_is_that_name(festival):
    # "OrchTrib" as "HuffPost" is the Huffington Post.
    assert answer_question(festival, "What did the OrchTrib print?").tier != 3


def test_a_name_whose_kind_the_article_never_names_is_still_missing(festival):
    assert answer_question(festival, "What did the Cider Makers Guild say?").missing == (
        "Cider Makers Guild",
    )


def test_a_team_named_after_a_place_of_the_article_is_missing(festival):
    # The article's Ashcombe is a town: the "Ashcombe Rovers" are no kind of it, as a university would be.
    result = answer_question(festival, "Did the Ashcombe Rovers play at the festival?")
    assert result.missing == ("Ashcombe Rovers",)
