"""A name is not in an article that has its words only in another form or sense: "the New Yorker" where
the article names the city, "Ohio State University" where it has Ohio University and no "state",
"the commonwealth games" where WordNet relates "commonwealth" to the article's "nation"."""

from __future__ import annotations

import pytest

from bot.core.ask.engine import answer_question
from tests.conftest import own_article


@pytest.fixture(scope="module")
def marathon():
    return own_article("ask_city_marathon.txt")


def test_a_name_made_with_er_from_a_place_the_article_names_is_missing(marathon):
    result = answer_question(marathon, "Was the race covered by the New Yorker?")
    assert result.tier == 3
    assert result.missing == ("New Yorker",)


def test_the_place_itself_is_still_there(marathon):
    assert answer_question(marathon, "Was the marathon in New York?").tier == 1


def test_a_title_word_inside_an_institutions_name_must_be_in_the_article(marathon):
    result = answer_question(marathon, "Did students from Ohio State University take part?")
    assert result.tier == 3
    assert result.missing == ("Ohio State University",)


def test_the_institution_the_article_names_is_there(marathon):
    assert answer_question(marathon, "Did students from Ohio University take part?").tier == 1


def test_a_word_before_a_thing_is_no_synonym_of_the_articles(marathon):
    result = answer_question(marathon, "does the commonwealth games pay the runners")
    assert result.tier == 3
    assert result.missing == ("commonwealth",)
