"""A body, a paper or a kind of thing asked about that the article never names is said missing though
the place or the kind is there: "Dunmere council" in a story on Dunmere with no council, "the beverly
hills theatre" beside its Grand theatre; and a name is only itself: "Rangers" is no form of "range",
"univision" no typo of "division"."""

from __future__ import annotations

import pytest

from bot.core.ask.engine import answer_question
from tests.conftest import own_article


@pytest.fixture(scope="module")
def theatre():
    return own_article("ask_theatre_appeal.txt")


def test_a_council_of_a_place_the_article_names_is_missing_when_no_council_is(theatre):
    assert answer_question(theatre, "Has Dunmere council backed the plans?").missing == ("Dunmere council",)
    assert answer_question(theatre, "Did the Dunmere council fund the plans?").missing == ("Dunmere council",)


def test_a_place_typed_in_lower_case_says_whose_body_as_a_capitalised_one_does(theatre):
    assert answer_question(theatre, "has dunmere council backed the plans").missing == ("dunmere council",)


def test_a_paper_asked_to_have_reported_is_looked_for(theatre):
    assert answer_question(theatre, "what did the dunmere star report").missing == ("dunmere star",)


def test_a_body_the_article_has_is_no_absence(theatre):
    assert answer_question(theatre, "Has the Grand theatre reopened?").tier != 3
    assert answer_question(theatre, "Did the Grand reopen?").tier != 3


def test_an_adverb_after_a_name_is_no_thing_of_it(theatre):
    assert answer_question(theatre, "Is the Grand still closed?").tier != 3


def test_a_club_word_asked_as_a_subject_in_lower_case_is_missing(theatre):
    assert answer_question(theatre, "how did rovers get on at the gala").missing == ("rovers",)


def test_a_yes_no_subject_before_a_long_object_is_its_first_word(theatre):
    # "sell" is the verb, not part of the subject: the run of words goes on past three. The tickets,
    # a plural the article never mentions either, are said after the name.
    assert answer_question(theatre, "does amazon sell gala tickets").missing == ("amazon", "tickets")


def test_another_kind_of_a_thing_the_article_has_is_missing(theatre):
    assert answer_question(theatre, "was he in the goon show").missing == ("goon",)
    result = answer_question(theatre, "did vane appear at the beverly hills theatre")
    assert result.missing == ("beverly hills",)


def test_a_describing_word_before_a_thing_the_article_has_is_no_absence(theatre):
    assert answer_question(theatre, "Is it the biggest theatre?").tier != 3


def test_a_capitalised_name_is_no_form_of_a_common_word(theatre):
    # The article's only "range" is "a wide range of shows".
    assert answer_question(theatre, "Did Rangers back the plans?").missing == ("Rangers",)


def test_a_name_is_no_typo_of_a_common_word_with_another_first_letter(theatre):
    # The article's "education division" is no "univision".
    assert answer_question(theatre, "what about univision").missing == ("univision",)


def test_a_describing_word_after_a_name_is_asked_of_it_not_a_body(theatre):
    # "available" is what the Grand may be, not a body called "Grand available".
    assert answer_question(theatre, "Is the Grand available to rent?").tier != 3


def test_a_name_of_common_words_the_article_never_writes_as_a_name_is_missing(theatre):
    # "town", "stage" and "schools" are all in the article, as plain words.
    result = answer_question(theatre, "Did Town Stage Schools comment on the plans?")
    assert result.missing == ("Town Stage Schools",)


def test_a_name_of_two_common_words_may_be_the_articles_words_capitalised(theatre):
    assert answer_question(theatre, "Did the Gala Evening sell out?").tier != 3


def test_a_kind_of_body_the_article_never_names_is_missing_whatever_its_modifier(theatre):
    # The article has the town, but no council of any kind.
    assert answer_question(theatre, "did the town council comment").missing == ("town council",)


def test_a_lower_case_subject_ending_the_question_ends_on_its_verb(theatre):
    assert answer_question(theatre, "did the bbc film the gala").missing == ("bbc",)
