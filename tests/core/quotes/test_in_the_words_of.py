"""Words given "in the words of" someone are theirs, as "according to" someone gives them: a person
or an unnamed source (a city clerk, a role as any other)."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_words_of_an_unnamed_source_after_the_quotation():
    text = (
        "The debate drew praise for being “the calmest meeting in years,” in the words of one "
        "longtime city clerk.\n"
    )
    assert speakers_of(text) == ["one longtime city clerk"]


def test_words_of_a_named_person_before_the_quotation():
    text = (
        "Mayor Ann Kessler campaigned for the council all autumn.\n\n"
        "Dale Reyes was, in the words of Kessler, a “super volunteer.”\n"
    )
    assert speakers_of(text) == ["Ann Kessler"]


def test_an_unnamed_source_opening_the_sentence():
    text = (
        "In the words of one person in the room, the message was that the party has “staff out there "
        "knocking on doors.”\n"
    )
    assert speakers_of(text) == ["one person in the room"]
