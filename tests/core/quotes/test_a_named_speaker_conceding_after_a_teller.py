"""A named person's verb of saying after ", though" ("Easton said he was worried ..., though
Whitcomb said there was “…”") answers the teller: the words are Whitcomb's; a he there ("...,
though he contended his firm's services “…”") goes on with the teller."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Records\n\nAttorney General Dana Whitcomb told the committee that every member had been briefed.\n\n"


def test_the_named_person_after_though_speaks():
    text = LEAD + (
        "And Sen. Paul Easton said he was worried that data on judges could have been collected, though "
        "Whitcomb said there was “no plan to expand the program to the courts.”\n"
    )
    assert speakers_of(text) == ["Dana Whitcomb"]


def test_a_he_after_though_goes_on_with_the_teller():
    text = LEAD + (
        "Sen. Paul Easton said the state has yet to follow up, though he contended the program “would be "
        "the perfect system for the courts.”\n"
    )
    assert speakers_of(text) == ["Paul Easton"]
