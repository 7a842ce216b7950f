"""A writing quoted through "that claims" inside a "with" clause whose subject does something in it
("with her outgoing field director slamming the campaign in a resignation letter that claims “…”")
is that subject's, a person or an unnamed source; a writing they only do something to ("with
staff reading a resignation letter that claims “…”") is not theirs."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Campaign\n\nThe governor's race has tightened sharply this autumn.\n\n"


def test_a_named_writer_doing_something_in_the_writing():
    text = LEAD + (
        "Arlene Pryce's bid is unraveling, with Hugo Mendel slamming the campaign in a resignation "
        "letter that claims “morale has never been lower.”\n"
    )
    assert speakers_of(text) == ["Hugo Mendel"]


def test_an_unnamed_writer_doing_something_in_the_writing():
    text = LEAD + (
        "Arlene Pryce's bid is unraveling, with her outgoing field director slamming the campaign in "
        "a blistering resignation letter that claims “morale has never been lower.”\n"
    )
    assert speakers_of(text) == ["her outgoing field director"]


def test_those_reading_a_writing_do_not_write_it():
    text = LEAD + (
        "Arlene Pryce's bid is unraveling, with staff reading a resignation letter that claims "
        "“morale has never been lower.”\n"
    )
    assert speakers_of(text) == [None]
