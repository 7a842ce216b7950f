"""An office owned by a name ending in s with a bare apostrophe ("Sen. Ebenezer Rivers’ office said")
keeps its owner in the label, whatever the given name."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TITLE = "Ports\n\nSeveral senators have visited foreign ports in the past year.\n\n"
SAID = " office said the senator traveled to “Lisbon to visit shipyards, not to look at port security.”\n"


def test_an_unlisted_given_name_keeps_the_owner():
    assert speakers_of(TITLE + "Sen. Ebenezer Rivers’" + SAID) == ["Ebenezer Rivers’ office"]


def test_a_listed_given_name_keeps_the_owner():
    assert speakers_of(TITLE + "Sen. Thomas Rivers’" + SAID) == ["Thomas Rivers’ office"]
