"""'How old is X?' where the age is not right by the name: a description a sentence later ("The
52-year-old told the court"), an apposition ("Nadia Brennan, a 34-year-old engineer"), a name of
four words, a name typed in lower case."""

from __future__ import annotations

import pytest

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question
from tests.conftest import own_article


@pytest.fixture(scope="module")
def docks():
    return own_article("ask_ages_described.txt")


def test_an_age_described_right_after_the_name_is_that_persons(docks):
    result = answer_question(docks, "How old is Okafor?")
    assert result.tier == 1
    # The sentence naming him comes with the description, so the answer says whose age it is.
    assert result.answer.startswith("Martin Okafor was")
    assert "52-year-old" in result.answer


def test_a_description_after_a_sentence_naming_someone_else_too_gives_no_age(docks):
    # "Dev Sharma ... sat beside Okafor ... The 45-year-old said": Sharma or Okafor?
    result = answer_question(docks, "How old is Sharma?")
    assert result.tier != 1


def test_an_age_in_an_apposition_to_a_name_typed_in_lower_case_is_found(docks):
    result = answer_question(docks, "how old is nadia brennan")
    assert result.tier == 1
    assert "34-year-old" in result.answer


def test_an_age_beside_a_name_of_four_words_is_found(docks):
    result = answer_question(docks, "How old is Maria Luisa Ortega Diaz?")
    assert result.tier == 1
    assert "Diaz, 61" in result.answer


def test_an_age_at_the_end_of_a_long_sentence_is_shown_cut_to_the_answer_length(docks):
    result = answer_question(docks, "How old is Tomas Reid?")
    assert result.tier == 1
    assert result.answer.endswith("Tomas Reid, 29.")
    assert len(result.answer) <= 300


SHELTER = parse_article(
    "Shelter fills\n\nEvacuee Marta Quell, 71, slept in her car with two cats.\n\n"
    "Her neighbour Osric Penn, 48, stayed behind to water the roof.\n"
)


def test_a_word_before_the_name_that_is_no_ones_name_does_not_hide_the_age():
    result = answer_question(SHELTER, "How old is Marta Quell?")
    assert result.tier == 1
    assert "Marta Quell, 71" in result.answer


def test_a_name_inside_a_longer_name_is_still_someone_else():
    article = parse_article(
        "Family returns\n\nNadia Okafor Bell, 12, and her father Okafor Bell came home on Monday.\n"
    )
    result = answer_question(article, "How old is Okafor Bell?")
    assert result.answer is None or "12" not in result.answer


def test_a_team_before_the_role_still_describes_the_person_named_before():
    # British copy: "The 31-year-old Rovers striker" in the paragraph after the lead naming him.
    result = answer_question(own_article("ask_striker_ban.txt"), "How old is Kane Doyle?")
    assert result.tier == 1
    assert "31-year-old" in result.answer


def test_an_age_opening_its_sentence_is_the_subjects_though_the_sentence_names_someone_else_later():
    # An obituary: "The 83-year-old served ... under Edwin Marsh" describes the man the lede names.
    article = parse_article(
        "Former transport minister dies\n\n"
        "Former transport minister Sir Alan Marlow has died at his home in Kent, his family said.\n\n"
        "The ex-Labour MP for Dunmore died after a short illness. The 83-year-old served at the "
        "transport department from 1966 to 1970 under Edwin Marsh.\n"
    )
    result = answer_question(article, "How old was Alan Marlow?")
    assert result.tier == 1
    assert "83-year-old" in result.answer


def test_a_sports_description_by_nationality_gives_the_age():
    article = parse_article(
        "Title: Striker eyes return\n\nHarbour Town striker Lars Eikvik said he hoped to return next "
        "season after a knee injury.\n\nThe 29-year-old Norway international had surgery in Oslo in "
        "August.\n"
    )
    result = answer_question(article, "how old is eikvik")
    assert result.tier == 1
    assert "29-year-old" in result.answer
