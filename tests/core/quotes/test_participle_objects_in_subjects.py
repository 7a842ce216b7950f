"""A name right after a participle inside a longer subject ("Rural America embracing Holt
announced “…”") is the participle's object, never the one who speaks."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

HOST = (
    "Jamal Reed is a radio host in Detroit. Most of his listeners thought Holt had no shot.\n\n"
    "For Reed’s listeners, the moment of truth arrived when Tom Holt won Idaho. "
    "“A man like that won Idaho? That was the comic relief,” Reed said. "
)


def test_a_name_after_a_participle_in_the_subject_is_not_the_speaker():
    text = HOST + "Rural America embracing Holt announced “a different era, that’s the best way to put it.”\n"
    assert speakers_of(text)[1] != "Tom Holt"


def test_a_participle_used_as_an_adjective_before_the_name_still_means_the_person():
    text = HOST + "A beaming Holt announced “a different era for all of us.”\n"
    assert speakers_of(text)[1] == "Tom Holt"
