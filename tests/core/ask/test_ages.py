"""ask.ages: "How old is X?" answered by the sentence giving the age beside X's name."""

from __future__ import annotations

from bot.core.ask.ages import how_old
from tests.conftest import own_article


def test_the_age_beside_the_name_answers():
    result = how_old(own_article("ask_ages_described.txt"), "How old is Nadia Brennan?")
    assert result is not None and result.answer.startswith("Nadia Brennan, a 34-year-old engineer")


def test_a_question_of_another_kind_is_left_to_the_ranking():
    assert how_old(own_article("ask_ages_described.txt"), "Who owns the docks?") is None
