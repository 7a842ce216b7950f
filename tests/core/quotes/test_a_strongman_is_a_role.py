"""A ruler's or magnate's word before a name ("Venezuela dictator Hugo Chavez", "Island strongman
Otto Corwin") is a role, so the name is the subject its verbs go on with."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Harbor feud\n\nThe pier opened in May.\n\n"


def test_the_strongman_who_added_speaks():
    text = (
        LEAD + "Island strongman Otto Corwin compared Fenwick to a pirate, and added that the pier "
        "“smells of tar and greed.”\n"
    )
    assert speakers_of(text) == ["Otto Corwin"]


def test_the_dictator_who_added_speaks():
    text = (
        LEAD + "Harbor dictator Otto Corwin in 2006 compared Fenwick to a pirate, and added that the pier "
        "“smells of tar.”\n"
    )
    assert speakers_of(text) == ["Otto Corwin"]
