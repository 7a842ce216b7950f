"""One who "was asked ... and responded" (or "replied") speaks the reply: the passive asking before
the coordinated verb was someone else's."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TITLE = "Pier closes\n\nThe town council voted on Monday to close the old ferry pier.\n\n"


def test_the_one_asked_who_then_responded_speaks():
    text = TITLE + "Mayor Dana Orwell was asked about the vote on Tuesday and responded, “We moved fast.”\n"
    assert speakers_of(text) == ["Dana Orwell"]


def test_the_one_asked_by_a_host_who_then_replied_speaks():
    text = (
        TITLE
        + "Mayor Dana Orwell was asked by host Tom Reyes if she regretted it and replied, “Not at all.”\n"
    )
    assert speakers_of(text) == ["Dana Orwell"]


def test_he_who_explains_after_one_man_asked_another_is_the_one_asked():
    text = (
        "Hotels\n\nHalvard Brisk, the hotel owner, sat down with radio host Orla Penning on Sunday.\n\n"
        "“I can fix this county,” Brisk said.\n\n"
        "Penning asked Brisk what set him apart. He explained that he would create jobs because, "
        "“That's what I do.”\n"
    )
    assert speakers_of(text) == ["Halvard Brisk", "Halvard Brisk"]


def test_he_who_explains_after_his_own_words_with_no_question_is_still_him():
    text = TITLE + (
        "“We moved fast,” said Mayor Tom Orwell, who met Dan Reyes on Monday.\n\n"
        "He explained that “the pier was falling into the harbor.”\n"
    )
    assert speakers_of(text) == ["Tom Orwell", "Tom Orwell"]
