"""A body opening its clause after "But" or "And" ("But the Sierra Club, a green group, poured cold
water on the bill, saying it failed to “…”") speaks the participle's words, as it does with no
conjunction before it."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "River bill\n\nHouse leaders urged members to back the river cleanup bill.\n\n"


def test_a_body_after_but_speaks_its_participle():
    text = LEAD + (
        "But the Harlan Taxpayers League, a fiscal watchdog group, poured cold water on the bill, "
        "saying it failed to “protect ratepayers from the cost of delays.”\n"
    )
    assert speakers_of(text) == ["the Harlan Taxpayers League"]


def test_a_body_after_and_speaks_its_participle():
    text = LEAD + (
        "And the Harlan Taxpayers League lashed out at the bill, saying it would “leave ratepayers "
        "holding the bill for years.”\n"
    )
    assert speakers_of(text) == ["the Harlan Taxpayers League"]
