""" "As X summed it up, “…”" gives X's words, as "as X put it" does; an unnamed source so described
keeps its label."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TITLE = "Party regroups\n\nMost members agree the next campaign must talk about wages first. "


def test_an_unnamed_source_who_summed_it_up_speaks():
    text = (
        TITLE + "As one party strategist summed it up, “More talk about paychecks, less about each other.”\n"
    )
    assert speakers_of(text) == ["one party strategist"]


def test_a_named_person_who_sums_it_up_speaks():
    text = TITLE + "As Ada Holt sums it up, “More talk about paychecks, less about each other.”\n"
    assert speakers_of(text) == ["Ada Holt"]
