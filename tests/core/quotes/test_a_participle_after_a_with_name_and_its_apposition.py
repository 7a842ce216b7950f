"""A participle of saying after "with" a name and its apposition ("with Paul Verney, the former
spokesman for Ada Trell tweeting, “…”") is the named person's, never the one the apposition names."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_participle_after_with_a_name_and_its_apposition_is_that_persons():
    text = (
        "The court ruled on Friday.\n\n"
        "The ruling drew fire, with Paul Verney, the former spokesman for Ada Trell tweeting, “This was "
        "the wrong call and everyone knows it.”\n"
    )
    assert speakers_of(text) == ["Paul Verney"]


def test_a_participle_right_after_with_a_name_stays_that_names():
    text = "The ruling drew fire, with Ada Trell tweeting, “This was the wrong call.”\n"
    assert speakers_of(text) == ["Ada Trell"]
