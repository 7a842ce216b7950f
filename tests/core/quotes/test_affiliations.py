"""A speaker named with an affiliation, an occupation or a surname that is also a place word."""

from __future__ import annotations

import pytest

from bot.core.article import parse_article
from bot.core.quotes.registry import build_registry
from tests.core.quotes.speakers import speakers_of


def test_an_affiliation_between_name_and_verb_keeps_the_speaker():
    text = (
        "Priya Natarajan of Oregon State University said the snowpack was thin. "
        "“It melted early,” she said.\n"
    )
    assert speakers_of(text) == ["Priya Natarajan"]


def test_an_affiliation_with_at_keeps_the_speaker():
    text = "“Nobody saw it coming,” Dana Pruitt at Harbor Analytics said.\n"
    assert speakers_of(text) == ["Dana Pruitt"]


@pytest.mark.parametrize("lead", ["over", "down"])
def test_an_affiliation_with_over_at_keeps_the_speaker(lead):
    text = f"But as Oren Talbeck {lead} at the Fenwick Institute noted then, “Too many towns want it.”\n"
    assert speakers_of(text) == ["Oren Talbeck"]


def test_a_body_described_before_its_name_keeps_the_speaker():
    text = (
        "Jesse Eisner of the nonprofit news site HarborWatch tweeted that the editor “tried to kill” "
        "the story “because it didn’t conform to his political views.”\n"
    )
    assert speakers_of(text) == ["Jesse Eisner", "Jesse Eisner"]


def test_a_body_described_after_the_keeps_the_speaker():
    text = (
        "Backers would see the vote as “a big win” for the mayor, Nate Fisk of the nonpartisan "
        "Brookings Institution said, and critics would call it “a total repudiation” of him.\n"
    )
    assert speakers_of(text) == ["Nate Fisk", "Nate Fisk"]


@pytest.mark.parametrize("verb", ["predicted", "warned", "cautioned"])
def test_an_affiliation_before_a_verb_of_forecasting_keeps_the_speaker(verb):
    text = f"“Backers will see the vote as a big win,” Nate Fisk of Harbor {verb}.\n"
    assert speakers_of(text) == ["Nate Fisk"]


def test_a_body_the_speaker_talks_of_is_no_affiliation():
    text = "Dana Pruitt said of the lawsuit filed by Harbor Analytics: “It will fail in a week.”\n"
    assert speakers_of(text) == ["Dana Pruitt"]


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_a_person_after_a_papers_plural_possessive_speaks(apostrophe):
    text = (
        f"“It is the worst news this town has had in years,” said the Harbor Times{apostrophe} Nora Quill.\n"
    )
    assert speakers_of(text) == ["Nora Quill"]


def test_an_occupation_opening_the_sentence_is_not_part_of_the_name():
    text = "Hydrologist Priya Natarajan said the snowpack was thin. “It melted early,” she said.\n"
    assert speakers_of(text) == ["Priya Natarajan"]


def test_a_given_name_opening_a_three_word_name_stays_in_it():
    text = "Walker Evans Hale said the vote was close. “We lost by nine,” he said.\n"
    assert speakers_of(text) == ["Walker Evans Hale"]


def test_an_occupation_opening_the_sentence_becomes_the_role():
    article = parse_article("Title: T\n\nHydrologist Priya Natarajan said the snowpack was thin.\n")
    (person,) = build_registry(article).persons
    assert person.roles == ["hydrologist"]


def test_a_place_word_an_honorific_makes_a_surname_names_the_person():
    text = "Mr. David Park runs the bakery.\n\n“Business is slow,” Park said.\n"
    assert speakers_of(text) == ["David Park"]


def test_a_place_word_without_an_honorific_stays_a_place():
    text = "The bakery faces Central Park.\n\n“Business is slow,” Park said.\n"
    assert speakers_of(text) != ["Central Park"]


def test_a_title_ending_in_of_the_body_does_not_hide_the_name_after_it():
    text = (
        "The plan was backed by Speaker of the House Newt Gingrich, who pushed it in 1994.\n\n"
        "In July, Gingrich dismissed Estonia as being in the “suburbs of St. Petersburg.”\n"
    )
    assert speakers_of(text) == ["Newt Gingrich"]


def test_a_long_college_name_after_of_is_the_persons_affiliation():
    text = (
        "Doctors note that young patients also suffer.\n\n"
        "Young “patients are reporting lasting tiredness and large bills,” Anja Verhoef of the "
        "University of North Vale College of Public Health told reporters in an email last week.\n"
    )
    assert speakers_of(text) == ["Anja Verhoef"]


def test_a_bodys_seat_and_its_place_after_of_leave_the_person_speaking():
    text = (
        "A man burst into the hall on Tuesday.\n\n"
        "Ivo Marrek of the Velmar Hill headquarters in Tarnova described police as “truly heroic in every "
        "way.”\n"
    )
    assert speakers_of(text) == ["Ivo Marrek"]
