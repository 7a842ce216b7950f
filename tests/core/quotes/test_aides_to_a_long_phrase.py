"""`A council aide to one of the backers of the two-party harbour motion said ... “…”`: an aide, spokesman or
lawyer to or for a longer phrase right before the verb is an unnamed source (labelled by its head when the
phrase names no one), as `an aide to the governor said` is; a person the apposition describes still
speaks, and a relative clause between ends the phrase."""

from __future__ import annotations

from tests.core.quotes.speakers import kinds_of, speakers_of

OPENING = "The council raised harbour fees on Monday.\n\n"
QUOTE = "“idea is to put the motion to the full council before the summer recess,” which suits them."


def test_an_aide_to_one_of_the_authors_of_a_bill():
    text = OPENING + "A council aide to one of the backers of the harbour motion said the leaders’ " + QUOTE
    assert speakers_of(text) == ["a council aide"]
    assert kinds_of(text) == {"a council aide": "unnamed"}


def test_a_phrase_with_an_infinitive_and_a_second_link():
    text = OPENING + (
        "A council aide to one of the backers of a two-party motion to cut mooring fees for "
        "fishermen said the leaders’ " + QUOTE
    )
    assert speakers_of(text) == ["a council aide"]


def test_a_named_person_the_apposition_describes_still_speaks():
    text = OPENING + (
        "Linda Brandt, a lawyer for one of the families of the crew members, said: “We will fight this in "
        "every court in the land.”"
    )
    assert speakers_of(text) == ["Linda Brandt"]
