""" "Reminisced" introduces a speaker's words as "recalled" does ("He reminisced, “…”", "“…,” he
reminisced in front of investors")."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Victory rally\n\nCouncilman Oskar Brandt held a rally in Averly on Thursday.\n\n"


def test_reminisced_before_a_quotation():
    text = LEAD + "He reminisced, “We did enjoy beating the developers, didn’t we?” as the crowd cheered.\n"
    assert speakers_of(text) == ["Oskar Brandt"]


def test_reminisced_after_a_quotation_and_its_pronoun():
    text = LEAD + "“Once I got a cartoon in the mail,” he reminisced in front of sixty investors.\n"
    assert speakers_of(text) == ["Oskar Brandt"]
