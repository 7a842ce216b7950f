"""A teller after the quotation who recalls someone saying it ("“…,” a donor recalled Hardwick
saying"): the words are the one recalled, not the teller's."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Donors\n\nLen Hardwick spent his birthday with donors at a penthouse on Harbor Street.\n\n"


def test_an_unnamed_teller_recalling_a_named_man_saying_gives_him_the_words():
    text = LEAD + "“I am going to run this race my way,” a donor recalled Hardwick saying.\n"
    assert speakers_of(text) == ["Len Hardwick"]


def test_a_named_teller_remembering_a_titled_man_saying_gives_him_the_words():
    text = LEAD + "“I am going to run this race my way,” Ann Bell remembered Mr. Hardwick saying.\n"
    assert speakers_of(text) == ["Len Hardwick"]


def test_a_teller_recalling_an_evening_keeps_the_words():
    text = LEAD + "“He talked about nothing but the race,” Ann Bell recalled of the evening.\n"
    assert speakers_of(text) == ["Ann Bell"]
