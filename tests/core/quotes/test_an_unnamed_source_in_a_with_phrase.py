"""An unnamed source that a ", with" phrase puts right before a participle of saying speaks ("…, with a
defense ministry spokesman claiming that …"), not the subject of the clause before; a bare "one" gives
no label, and "a meeting with party members saying" is no such phrase."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TITLE = "Border dispute flares\n\n"
CLAUSE = "Norland responded by demanding that Westmark stop its fishing trips near the islands"


def test_the_spokesman_of_a_with_phrase_speaks():
    text = TITLE + CLAUSE + ", with a defense ministry spokesman claiming that they “put us at grave risk.”\n"
    assert speakers_of(text) == ["a defense ministry spokesman"]


def test_a_bare_one_in_a_with_phrase_gives_no_label():
    text = TITLE + "The remark angered allies of Speaker Dale Ormond, with one telling the Gazette that "
    text += "Ormond had “fought hard for the river towns.”\n"
    assert speakers_of(text) == [None]


def test_people_a_meeting_was_with_are_not_its_speakers():
    text = (
        TITLE
        + "Tom Reyes was taped at a meeting with party members saying of the mayor, “She is evolving.”\n"
    )
    assert speakers_of(text) == ["Tom Reyes"]
