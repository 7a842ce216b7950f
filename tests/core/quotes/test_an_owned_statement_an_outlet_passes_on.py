"""Words led in by "Her statement:" that an outlet then says it passed on ("Her statement: “…,” the
Daily Courier said") are the statement's owner's, not the outlet's."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TITLE = "Bridge\n\nAt least 12 people were hurt in a bridge collapse in Varnholm early Wednesday.\n\n"


def test_her_statement_passed_on_by_an_outlet_is_hers():
    text = (
        TITLE
        + "Varnholm Mayor Petra Lindqvist is calling the collapse a disaster, the Daily Courier reported.\n\n"
        + "Her statement: “This is an exceptional failure by the contractors,” the Daily Courier said.\n"
    )
    assert speakers_of(text) == ["Petra Lindqvist"]


def test_the_outlets_own_words_stay_the_outlets():
    text = TITLE + "“This is an exceptional failure by the contractors,” the Daily Courier said.\n"
    assert speakers_of(text) == ["the Daily Courier"]
