"""ask.ages: "How old is X?" answered by the sentence giving the age beside X's name."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.ages import how_old
from tests.conftest import own_article


def test_the_age_beside_the_name_answers():
    result = how_old(own_article("ask_ages_described.txt"), "How old is Nadia Brennan?")
    assert result is not None and result.answer.startswith("Nadia Brennan, a 34-year-old engineer")


def test_a_question_of_another_kind_is_left_to_the_ranking():
    assert how_old(own_article("ask_ages_described.txt"), "Who owns the docks?") is None


def test_an_age_written_now_after_the_name_answers():
    article = parse_article(
        "Title: Keepers\n\nAda Lund was 23 when she first climbed the lighthouse.\n\n"
        "Today the island is a park. Lund, now 77, goes back every August.\n"
    )
    assert how_old(article, "How old is Ada Lund?").answer == "Lund, now 77, goes back every August."


def test_a_name_typed_without_its_accents_finds_the_age_beside_it():
    article = parse_article("Title: Keepers\n\nBirgitta Sjöström, 77, still goes back every August.\n")
    answer = how_old(article, "How old is Sjostrom?").answer
    assert answer == "Birgitta Sjöström, 77, still goes back every August."
