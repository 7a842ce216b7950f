"""A state after its city's comma inside an apposition ("Vera Hollis, an insurance salesman from
Elmira, Oregon, called the inquiry “…”") is part of the place, no body speaking: the person does."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Inquiry\n\nThe inquiry ended on Friday.\n\n"


def test_the_person_before_the_apposition_speaks():
    text = (
        LEAD
        + "Vera Hollis, an insurance salesman from Elmira, Oregon, called the inquiry “a waste of time.”\n"
    )
    assert speakers_of(text) == ["Vera Hollis"]


def test_a_company_named_in_an_apposition_still_speaks():
    text = LEAD + "The company that runs the dam, Northwater Energy, called the inquiry “a waste of time.”\n"
    assert speakers_of(text) == ["Northwater Energy"]
