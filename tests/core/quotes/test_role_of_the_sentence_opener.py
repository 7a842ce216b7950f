"""A definite role after a quotation ("“…,” the senator says") means the person who opens the same
sentence as its subject ("Kemper defends his record in an ad: “…,” the senator says"), the only
person it names before the role, even when others hold that role by title."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

_SENATORS = "Sen. Ann Oakes and Sen. Tom Pike spoke at the dinner.\n\n"


def test_a_role_means_the_person_opening_its_sentence():
    text = _SENATORS + (
        "Brian Kemper defends his record in an ad running on local TV: “Keeping our farms open is a "
        "matter of pride,” the senator says to the camera. “That is why I fought the tax.”\n"
    )
    assert speakers_of(text) == ["Brian Kemper", "Brian Kemper"]


def test_a_role_stays_unclear_without_an_opener():
    text = _SENATORS + "“Keeping our farms open is a matter of pride,” the senator says to the camera.\n"
    assert speakers_of(text) == [None]


def test_an_opener_holding_another_office_is_not_the_role():
    text = _SENATORS + (
        "Gov. Brian Kemper defends his record in an ad running on local TV: “Keeping our farms open is "
        "a matter of pride,” the senator says to the camera.\n"
    )
    assert speakers_of(text) == [None]
