"""A name and a past verb after a quotation that closes on no punctuation of its own ("saluted “the
bold campaign” Reyes mounted") name what that person did; only a quotation closed by its own comma,
question or exclamation mark takes "X pressed." as its attribution."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TEXT = (
    "Mayor Ann Kessler spoke in Elmdale on Tuesday night, a week after Sen. Dale Reyes quit the race.\n\n"
    "Kessler also blasted Dorn and saluted “the bold campaign” Reyes mounted.\n\n"
    "“Let there be no mistake: Reyes has been good for the party,” she said.\n"
)


def test_the_quotation_before_a_name_and_past_verb_is_the_sentences_subjects():
    assert speakers_of(TEXT)[0] == "Ann Kessler"


def test_she_goes_on_with_the_subject():
    assert speakers_of(TEXT)[1] == "Ann Kessler"


def test_a_quotation_closed_by_a_question_mark_takes_the_verb_after_it():
    text = "Dale Reyes met Ann Kessler on Tuesday.\n\n“Why would anyone pay that much?” Reyes pressed.\n"
    assert speakers_of(text) == ["Dale Reyes"]
