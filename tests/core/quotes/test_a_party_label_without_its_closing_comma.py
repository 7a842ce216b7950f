"""A party and state after a name whose closing comma the writer left out (", D-N.J. said"): the
abbreviation's last full stop stands where the comma would be, and the verb is still the name's."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Gun laws\n\nThe push for tighter gun laws grew on Saturday, led by Sen. Harold Penwick.\n\n"


def test_the_verb_after_an_abbreviated_state_belongs_to_the_name():
    text = LEAD + "“Let us stop wasting time and start saving lives,” Penwick, D-N.J. said on Twitter.\n"
    assert speakers_of(text) == ["Harold Penwick"]


def test_a_short_state_without_its_comma_is_read_the_same():
    text = LEAD + "“Let us stop wasting time and start saving lives,” Penwick, D-Ky. said on Twitter.\n"
    assert speakers_of(text) == ["Harold Penwick"]


def test_a_sentence_ending_after_an_abbreviation_does_not_lend_its_verb():
    text = LEAD + (
        "Lars Ekholm of the gun lobby stood beside him.\n\n"
        "“Let us stop wasting time and start saving lives,” Ekholm, head of the NRA. Penwick said nothing.\n"
    )
    assert speakers_of(text) == ["Lars Ekholm"]
