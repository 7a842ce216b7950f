"""A person a dash-set aside names after "one of the senators", past a party label ("One of the
senators — Democrat Nora Pell of Estry — said"), is the verb's subject."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TITLE = "Roads\n\nFour senators unveiled a plan to fix the state's roads on Monday.\n\n"


def test_the_named_senator_in_the_aside_speaks():
    text = (
        TITLE
        + "One of the senators — Democrat Nora Pell of Estry — said that “the time is right for a deal.”\n"
    )
    assert speakers_of(text) == ["Nora Pell"]


def test_a_titled_name_in_the_aside_after_a_role_speaks():
    text = (
        TITLE
        + "A former senator — Sen. Nora Pell, who lost in 2008 — said that “the time is right for a deal.”\n"
    )
    assert speakers_of(text) == ["Nora Pell"]
