"""Shapes of general news writing (sport, business, charities, the arts) met on eval/quotes-news3:
each on a small article written for it."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_role_of_two_fields_joined_by_and_before_the_name_after_the_quotation():
    text = (
        "A charity says reports of abuse at matches rose by a third. “The app has had a massive "
        "impact,” charity media and communications manager Dana Pruitt told reporters, noting that it "
        "accounted for most complaints.\n"
    )
    assert speakers_of(text) == ["Dana Pruitt"]
