"""A title's state before an object's name ("an event backing Texas Sen. Pavel Drury") does not
make the senator a subject: a later "he said" still means the sentence's own he; a titled name
after a comma ("..., former Colorado Rep. Pat Schroeder, ... wrote") is still a subject."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Depot opening\n\nMayor Leo Ostrow loves a ribbon cutting.\n\n"


def test_he_after_a_titled_object_is_the_subject_still():
    text = LEAD + (
        "As he rode to the depot on Monday for an event backing Texas Sen. Pavel Drury, he happily "
        "played reporters a clip.\n\n“We waited ten years for this,” he said.\n"
    )
    assert speakers_of(text) == ["Leo Ostrow"]


def test_a_titled_name_in_an_apposition_still_speaks():
    text = LEAD + (
        "One of his former backers, former Colorado Rep. Pat Schroeder, wrote in an email that the "
        "race was “tragic in the year of the depot.”\n"
    )
    assert speakers_of(text) == ["Pat Schroeder"]
