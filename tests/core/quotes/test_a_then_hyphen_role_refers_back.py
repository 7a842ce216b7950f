"""A role held at the time ("the then-president said") refers back to the person the article names
so, as "the president said" does."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "River warning\n\nPresident Hanna Vogt, who left office in 2019, issued a famous warning.\n\n"


def test_the_then_president_said_refers_back():
    text = (
        LEAD
        + "At the time, the then-president said, “If a single barrel is dumped, our approach will change.”\n"
    )
    assert speakers_of(text) == ["Hanna Vogt"]


def test_the_then_president_after_a_quotation_refers_back():
    text = LEAD + "“If a single barrel is dumped, our approach will change,” the then-president said.\n"
    assert speakers_of(text) == ["Hanna Vogt"]
