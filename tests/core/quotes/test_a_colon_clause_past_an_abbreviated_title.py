"""The full stop of an abbreviated title ("Mr.", "Ms.") inside a clause ending in a colon ends no
clause: "Ms. Whitcombe nonetheless lied to Mr. Falk: “…”" is Whitcombe's, the clause's subject,
never Falk's, whom the words were told to."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_the_subject_before_a_title_and_a_colon_speaks():
    text = (
        "Governor Dana Whitcombe spoke at a fundraiser on Saturday hosted by the magnate Oren Falk.\n\n"
        "Ms. Whitcombe nonetheless lied to Mr. Falk: “What I have always said is that the towns decide.”\n"
    )
    assert speakers_of(text) == ["Dana Whitcombe"]


def test_a_person_alone_before_a_colon_still_speaks():
    text = "Governor Dana Whitcombe spoke on Saturday.\n\nMore from Ms. Whitcombe: “The towns decide.”\n"
    assert speakers_of(text) == ["Dana Whitcombe"]
