"""`said St. Clair County Sheriff Dana Rourke`, `said one D.C.-based tax lobbyist`: an abbreviation
opening a place's name is no person, and a hyphen joined to an abbreviation ("D.C.-based") makes one
word, as "Ohio-based" is."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

QUOTE = "“This will come back every time someone needs money,”"


def test_saint_abbreviated_before_a_county_is_no_speaker():
    assert speakers_of(f"{QUOTE} said St. Clair County Sheriff Dana Rourke.\n") == ["Dana Rourke"]


def test_an_abbreviated_place_joined_by_a_hyphen_describes_an_unnamed_source():
    assert speakers_of(f"{QUOTE} said one D.C.-based tax lobbyist.\n") == ["one D.C.-based tax lobbyist"]
