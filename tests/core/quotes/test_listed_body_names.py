"""The words a body's name lists after its connector ("Department of Health and Social Care",
"Department for Environment, Food and Rural Affairs") are the body's, never a person ("Social Care",
"Rural Affairs"); a person named after such a body, or after a comma, stays a person."""

from __future__ import annotations

from tests.core.quotes.speakers import kinds_of, speakers_of


def test_the_last_words_of_a_body_named_with_and_are_no_person():
    text = 'A spokesman for the Department of Health and Social Care said: "We will act."'
    assert speakers_of(text) == ["a spokesman for the Department of Health and Social Care"]


def test_a_body_listing_its_remits_with_commas_and_and_is_one_organisation():
    text = 'The Department for Environment, Food and Rural Affairs said: "We will act."'
    assert kinds_of(text) == {"the Department for Environment, Food and Rural Affairs": "organisation"}


def test_a_person_named_after_a_body_and_and_stays_a_person():
    text = 'The Bank of England and Mark Carney said: "We will act."'
    assert speakers_of(text) == ["Mark Carney"]


def test_a_name_after_a_comma_that_ends_no_list_stays_a_person():
    text = 'In a letter to the Press Association on Friday, Moretti said: "I meant every word."'
    assert speakers_of(text) == ["Moretti"]
