"""A body's capitalised name holding a word never part of a person's name ("the Retail Industry
Leaders Association") is labelled whole, not cut to the words after that one."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Tariffs\n\nThe administration raised tariffs on imported goods on Monday.\n\n"


def test_a_trade_association_named_with_leaders_is_labelled_whole():
    text = LEAD + (
        "The Harbor Retail Leaders Association said in a statement: “Families will be the ones hurt "
        "most by these tariffs.”\n"
    )
    assert speakers_of(text) == ["the Harbor Retail Leaders Association"]


def test_leaders_before_a_verb_are_still_a_group():
    text = LEAD + "Business leaders said the tariffs would be “a tax on every family in the country.”\n"
    assert speakers_of(text) == ["Business leaders"]
