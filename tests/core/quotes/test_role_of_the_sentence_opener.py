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


def test_a_quotation_about_the_opener_is_not_the_opener_s():
    text = (
        "Dr Mina Porter and Dr Lars Evand were on call.\n\n"
        "Owen Birch was taken to the clinic in Harwell: “He is awake and eating,” the doctor said.\n"
    )
    assert speakers_of(text) == [None]


def test_a_spokesman_speaks_for_the_opener_not_as_him():
    text = (
        "Councillor Owen Birch skipped the budget debate on Tuesday.\n\n"
        "Birch stayed in bed with a cold: “He is recovering and will return soon,” the spokesman said.\n"
    )
    assert speakers_of(text) == ["the spokesman"]


def test_an_opener_who_asks_is_not_the_role_that_answers():
    text = (
        "Coach Lena Marsh and coach Pia Donnel met the board on Friday.\n\n"
        "Owen Birch asked about the coming season at the meeting: “We are prepared,” the coach said.\n"
    )
    assert speakers_of(text) == [None]


def test_a_he_in_the_quotation_means_the_role_speaks_about_the_opener():
    text = _SENATORS + (
        "Brian Kemper toured the flooded farms on Monday: “He has earned our thanks,” the senator said.\n"
    )
    assert speakers_of(text) == [None]


def test_an_opener_described_by_was_does_not_hold_the_role():
    text = (
        _SENATORS + "Brian Kemper was in the hall at the time: “We will fight the tax,” the senator said.\n"
    )
    assert speakers_of(text) == [None]
