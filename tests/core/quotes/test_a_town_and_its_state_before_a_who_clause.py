"""A town and its state set off by commas before a "who" clause ("Marla Quennell of Dorrington,
Mich., who retired ..., told the Gazette that") end no sentence and name no speaker: the person
before them tells the words. Whom words were told to ("told the Gazette that") never tells them."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TITLE = "Pensions\n\nPension payments in Dorrington will be safe until the end of the year.\n\n"
WHO = "who retired from the fire department six years ago after more than 30 years on the job"


def test_an_abbreviated_state_before_who_leaves_the_person_speaking():
    text = TITLE + (
        f"Marla Quennell of Dorrington, Mich., {WHO}, told the Brackwater Gazette that the winter will be"
        " “very hard for every family here.”\n"
    )
    assert speakers_of(text) == ["Marla Quennell"]


def test_a_state_written_out_before_who_leaves_the_person_speaking():
    text = TITLE + (
        f"Marla Quennell of Dorrington, Michigan, {WHO}, told the Brackwater Gazette that the winter will"
        " be “very hard for every family here.”\n"
    )
    assert speakers_of(text) == ["Marla Quennell"]


def test_the_outlet_told_is_never_the_speaker_after_a_long_who_clause():
    text = TITLE + (
        f"Marla Quennell, {WHO} and who has since spent her winters at the shelter on the east side of the"
        " old mill town, told the Brackwater Gazette that the winter will be “very hard for every family.”\n"
    )
    assert speakers_of(text) == ["Marla Quennell"]
