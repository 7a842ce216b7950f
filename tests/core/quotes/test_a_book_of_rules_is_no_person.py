"""A book of rules that speaks ("“…,” the Harbor Pilots' Manual says") is its whole name, never a
person called "Manual"."""

from __future__ import annotations

from tests.core.quotes.speakers import kinds_of, speakers_of

TEXT = (
    "Pilots' rules under review\n\n"
    "The harbor board is reviewing its rules for pilots.\n\n"
    "“A pilot who reports a hazard in good faith is not subject to a penalty,” the Harbor Pilots' "
    "Manual says.\n"
)


def test_a_manual_speaks_under_its_whole_name():
    assert speakers_of(TEXT) == ["the Harbor Pilots' Manual"]


def test_a_manual_is_no_person():
    assert kinds_of(TEXT)["the Harbor Pilots' Manual"] != "person"
