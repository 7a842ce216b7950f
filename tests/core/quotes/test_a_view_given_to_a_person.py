"""A sentence opening with "To" and a person, a comma closing the phrase ("To former treasurer Ada
Krell, the scheme was “a shell game ...”"), gives that person's view: the partial quotation is theirs."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Scheme\n\nThe audit came out on Monday.\n\n"


def test_the_person_a_view_is_given_to_speaks():
    text = LEAD + "To former treasurer Ada Krell, the scheme was “a shell game played with public money.”\n"
    assert speakers_of(text) == ["Ada Krell"]


def test_a_person_after_a_phrase_with_no_title_is_no_viewpoint():
    text = LEAD + "To make matters worse for Ada Krell, the scheme was “a shell game played with money.”\n"
    assert speakers_of(text) == [None]


def test_another_person_named_after_the_phrase_leaves_it_unclear():
    text = LEAD + "To former treasurer Ada Krell, Mayor Ivo Sand ran “a shell game played with money.”\n"
    assert "Ada Krell" not in speakers_of(text)
