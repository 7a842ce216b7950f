"""'What is the name of the announcer?' is not answered by a sentence naming someone else far from
the announcer: the name asked for stands beside the noun, or is the one the noun's phrase describes."""

from __future__ import annotations

import pytest

from bot.core.ask.engine import answer_question
from bot.core.ask.which import named_noun, names_the_noun
from tests.conftest import own_article


@pytest.fixture(scope="module")
def ferry():
    return own_article("ask_ferry_announcer.txt")


def test_a_name_far_from_the_noun_asked_about_is_someone_elses(ferry):
    result = answer_question(ferry, "What is the name of the announcer?")
    assert result.tier == 2


def test_a_name_in_apposition_to_the_noun_answers(ferry):
    result = answer_question(ferry, "What is the name of the captain?")
    assert result.tier == 1
    assert "Ines Moor" in result.answer


def test_a_name_the_nouns_phrase_describes_answers(ferry):
    # "Karl Voss, a retired engineer who was later made warden of the harbour light"
    result = answer_question(ferry, "What is the name of the warden of the harbour light?")
    assert result.tier == 1
    assert "Karl Voss" in result.answer


def test_the_noun_whose_name_is_asked():
    assert named_noun("What is the name of Johnson's son?") == "son"
    assert named_noun("What is the royal baby's name?") == "baby"
    assert named_noun("What are the names of the judges on the panel?") == "judge"
    assert named_noun("Who is the woman who sued the city?") == "woman"
    assert named_noun("Who is the mayor?") == "mayor"
    assert named_noun("Who is the mayor of Salem?") is None


def test_the_subject_of_a_copula_is_the_name_of_the_noun():
    sentence = "The Quasiturbine is a uniflow rotary steam engine where steam is let in."
    assert names_the_noun("What is the name of a uniflow engine?", [sentence])
    assert not names_the_noun("What is the name of their son?", ["Cookie was pregnant with their son."])


def test_a_name_modifying_the_noun_after_the_and_a_closed_apposition_before_it_name_nothing():
    # "the Harbor Bank clerk" is a clerk of the bank; "Ada Holt, a senior manager," describes Holt only.
    sentence = "Ada Holt, a senior manager, sent the Harbor Bank clerk a letter before he left the branch."
    assert not names_the_noun("What is the name of the Harbor Bank clerk?", [sentence])
    assert names_the_noun("What is the name of the clerk?", ["The clerk, Tom Reyes, left the branch."])


def test_who_is_the_role_asks_for_the_name_beside_the_role():
    assert named_noun("Who is the party chairman?") == "chairman"
    assert named_noun("Who is Holt's campaign manager?") == "manager"
    assert named_noun("Who is the president of Burma?") is None
    sentence = "Three meetings were planned: one with Holt and the party chairman, then one with Reyes."
    assert not names_the_noun("Who is the party chairman?", [sentence])


def test_a_relative_clause_after_a_name_describes_that_person_as_the_role():
    sentence = "Holt campaigned with Ada Reyes, who he named on Wednesday as his running mate."
    assert names_the_noun("Who is Holt's running mate?", [sentence])


def test_the_noun_whose_name_is_asked_may_be_followed_by_a_clause_opening_with_a_name():
    assert named_noun("What was the name of the architect Holt didn't pay?") == "architect"
