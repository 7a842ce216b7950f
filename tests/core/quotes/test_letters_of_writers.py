"""A letter, e-mail or note the article says a named person wrote holds that person's words: "Holt's
resignation letter ... “…,” the letter reads" is Holt's, as is "a letter from Dana Pruitt"; a letter
to someone is not theirs, and a letter no one is said to have written speaks as the letter."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

OPENING = "Ada Holt resigned as port director on Monday.\n\n"


def test_the_letter_a_named_person_wrote_is_that_person():
    text = OPENING + (
        "Holt's resignation letter to Tom Reyes was dated last Friday. “Now that the work is done,” the "
        "letter reads, “the moment has arrived for me to stand aside.”\n"
    )
    assert speakers_of(text) == ["Ada Holt", "Ada Holt"]


def test_a_letter_from_a_person_in_the_paragraph_before():
    text = OPENING + "Tom Reyes got a letter from Dana Pruitt.\n\n“I will not stay quiet,” the letter said.\n"
    assert speakers_of(text) == ["Dana Pruitt"]


def test_a_letter_to_a_person_is_not_theirs():
    text = OPENING + "A letter to Tom Reyes arrived on Tuesday. “We want talks,” the letter said.\n"
    assert speakers_of(text) == ["the letter"]


def test_a_letter_with_no_writer_named_stays_the_letter():
    text = OPENING + (
        "Holt's email reached the board on Monday.\n\nA letter was sent to the board on Tuesday. "
        "“We want talks,” the letter said.\n"
    )
    assert speakers_of(text) == ["the letter"]
