"""A court's holding in its own words ("“…,” the court held.") is the court's, as "the court found" is;
"held" after anyone else is no verb of saying."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Zoning rule struck down\n\nA federal appeals court on Monday struck down a county zoning rule.\n\n"


def test_the_court_held_speaks_its_holding():
    text = LEAD + (
        "“The only thread connecting these restrictions is their effect on renters with modest "
        "incomes,” the court held.\n"
    )
    assert speakers_of(text) == ["the court"]


def test_held_after_a_mayor_is_no_verb_of_saying():
    text = LEAD + "“The only thread connecting these rules is their effect on renters,” the mayor held.\n"
    assert speakers_of(text) == [None]
