"""A writing on or about people ("A Reuters report on Verhoeven and Okafor said they “…”") speaks its
words; the people it is about do not."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Regulator\n\nRegulator Paul Verhoeven and banker Simon Okafor studied law together.\n\n"


def test_a_report_on_a_pair_speaks():
    text = LEAD + (
        "A Reuters report on Verhoeven and Okafor said they “spent a decade working side by side in the "
        "treasury office.”\n"
    )
    assert speakers_of(text) == ["a Reuters report"]


def test_a_profile_about_one_person_speaks():
    text = LEAD + "A Tribune story about Verhoeven said he “never lost a case in twenty years.”\n"
    assert speakers_of(text) == ["a Tribune story"]
