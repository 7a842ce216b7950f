""" "Hong", a common Korean family name, opens a name written family name first ("analyst Hong
Hyun-ik"), never the last word of a role; "Hong Kong" stays a place."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_analyst_hong_hyun_ik_is_named_in_full():
    text = "Workers crossed the border.\n\n“The north will suffer,” said analyst Hong Hyun-ik on Monday.\n"
    assert speakers_of(text) == ["Hong Hyun-ik"]


def test_hong_kong_is_no_person():
    text = "Markets fell.\n\n“Hong Kong will recover,” said a trader, Tom Lee.\n"
    assert speakers_of(text) == ["Tom Lee"]
