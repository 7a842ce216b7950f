"""A name the question makes its subject is named as missing when the article has it in no form, even
where the rest of the question matches ("What does easyJet think of the new rules?" of a story on
airlines); a name the article writes another way ("Sec. Dalton", "Isabella" for "Isa") is no absence."""

from __future__ import annotations

import pytest

from bot.core.ask.engine import answer_question
from tests.conftest import own_article


@pytest.fixture(scope="module")
def airlines():
    return own_article("ask_airline_rules.txt")


def test_a_name_written_as_a_brand_is_named_missing(airlines):
    assert answer_question(airlines, "What does skyHop think of the new rules?").missing == ("skyHop",)
    assert answer_question(airlines, "did flyfair.org welcome the rules").missing == ("flyfair.org",)


def test_a_speaker_typed_in_lower_case_is_read_as_strictly_as_a_capitalised_one(airlines):
    # The article's "marks" is a verb; "Spencer" it never names.
    result = answer_question(airlines, "what does marks-spencer think of the rules")
    assert result.missing == ("marks-spencer",)


def test_what_a_yes_no_question_ends_on_after_by_is_looked_for(airlines):
    assert answer_question(airlines, "were the rules drafted by parliament").missing == ("parliament",)
    assert answer_question(airlines, "Were the rules drafted by the commission?").tier == 1


def test_a_given_name_before_a_surname_the_article_gives_only_others_is_missing(airlines):
    # Oskar and Marta Lind are named in full; "Lind sold his shares" is one of them, as news copy names
    # a person in full first.
    assert answer_question(airlines, "Did Saskia Lind comment on the rules?").missing == ("Saskia Lind",)


def test_a_title_that_may_be_the_person_asked_about_keeps_the_name(airlines):
    # "Mr. Dalton" may be an Ulvard Dalton whose given name the article never writes.
    assert answer_question(airlines, "Did Ulvard Dalton comment on the rules?").tier != 3


def test_an_abbreviated_title_is_no_part_of_the_name(airlines):
    assert answer_question(airlines, "What did Sec. Dalton say?").tier != 3


def test_a_place_before_a_title_names_no_other_office(airlines):
    # The article's "Transport Secretary Hugh Dalton" is the UK's.
    assert answer_question(airlines, "What did the UK Transport Secretary say?").tier != 3


def test_a_given_name_the_article_shortens_is_that_person(airlines):
    assert answer_question(airlines, "What did Isabella Ortiz say about delays?").tier != 3
