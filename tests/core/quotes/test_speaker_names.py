"""Recall on political news, found on PolNeAR's train split (session 13).

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_name_after_or_behind_an_object_is_no_subject_a_role_may_mean():
    text = (
        "Dan Holt has led the council's minority since 2019.\n\n"
        "Still, Holt would not say whether he would prefer that voters face Tom Reyes or Councilman "
        "Sam Ortiz. The minority leader said flatly: “I don't think it matters.”\n"
    )
    assert speakers_of(text) == ["Dan Holt"]


def test_a_name_after_or_behind_an_object_is_no_rival_of_he():
    text = (
        "Dan Holt gave the mayor some credit on Monday, but he suggested the mayor is no Tom Reyes "
        "or Sam Ortiz.\n\n"
        "“We don't always elect a Reyes every four years, but we hope for one,” he said.\n"
    )
    assert speakers_of(text) == ["Dan Holt"]


def test_a_given_name_opening_a_sentence_stays_though_the_text_writes_it_in_lower_case():
    text = (
        "Ada Holt signed the transit bill on Monday.\n\n"
        "Bill Holt got in on the game at a rally in Brooklyn. “She has done more for this city than "
        "anyone,” he said.\n"
    )
    assert speakers_of(text) == ["Bill Holt"]


def test_a_place_in_a_role_no_holder_has_may_mean_someone_given_no_role():
    text = (
        "Sen. Tom Kettle of Vermont spoke first. Marco Ruiz stressed defence issues during an "
        "appearance with Sen. Joan Ernst, R-Iowa.\n\n"
        "The Florida senator told reporters he feels good about his campaign, and “we'll see what it "
        "brings next week.”\n"
    )
    assert speakers_of(text) == ["Marco Ruiz"]


def test_a_former_holder_is_not_the_one_holding_the_office():
    text = (
        "President Sam Ortiz spoke in Queens on Sunday.\n\n"
        "Bill Dorn got in on the game, bashing Ada Holt at a rally in Brooklyn. “She is running "
        "harder against me than against anyone,” the former president said.\n"
    )
    assert speakers_of(text) == ["Bill Dorn"]


def test_the_and_a_plural_noun_before_a_verb_of_saying_is_an_unnamed_group():
    text = (
        "Forty members of the harbor council signed the letter on Monday.\n\n"
        "“We are gravely concerned about the ferry fares,” the members wrote.\n"
    )
    assert speakers_of(text) == ["the members"]


def test_a_full_name_the_story_then_calls_by_its_last_word_is_a_person_whatever_the_given_name():
    text = (
        "In 2007, Ada Holt held a 24-point lead over Quillon Tanaka among harbor voters.\n\n"
        "Tanaka himself seemed to recognize the moment. “Years from now, you'll look back on this "
        "night,” he said in his victory speech.\n"
    )
    assert speakers_of(text) == ["Quillon Tanaka"]


def test_a_capitalised_pair_modifying_a_noun_is_no_person():
    text = (
        "Harbor voters joined a committed Stop Tanaka movement on Monday.\n\n"
        "Tanaka was not worried. “We have work to do,” he said.\n"
    )
    assert speakers_of(text) == [None]


def test_a_place_word_between_a_given_name_and_a_surname_is_a_middle_name():
    text = (
        "In an interview at her hotel, Deborah Jordan Reynolds, the host's co-presenter, spoke about "
        "the show.\n\n"
        "“People have likened us to a comedy double act,” she says.\n"
    )
    assert speakers_of(text) == ["Deborah Jordan Reynolds"]
