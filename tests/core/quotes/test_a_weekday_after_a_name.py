"""A weekday right after a name is when the words were said, never part of the name ("writes political
director Sam Pruett Monday", "Pruett Tuesday downplayed the report")."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TITLE = "Advice for the winner\n\n"


def test_a_weekday_after_an_inverted_speakers_name_leaves_the_name_alone():
    text = TITLE + "“It could change how she governs,” writes KTV political director Sam Pruett Monday.\n"
    assert speakers_of(text) == ["Sam Pruett"]


def test_a_weekday_after_a_surname_subject_leaves_the_surname_a_mention():
    text = (
        TITLE + "Regulator Sam Pruett spoke to the board.\n\n"
        "“It is dire,” said David Doniger, an environmentalist.\n\n"
        "Pruett Tuesday downplayed the report.\n\n“It is good for an open dialogue,” he said.\n"
    )
    assert speakers_of(text) == ["David Doniger", "Sam Pruett"]
