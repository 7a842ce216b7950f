""" "Charged" and "scolds" say words ("“…,” charged Sen. Nadia Ortiz", "Clinton charged that “…”",
"Dekker scolds, “…”"), but "charged with “…”" and "charged people" are a prosecutor's doing."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

_OPENING = "The harbor panel met on Monday.\n\n"


def test_charged_set_off_after_the_quotation_speaks():
    text = _OPENING + (
        "The agency “was noticeably silent” about its inquiry, charged council member Nadia Ortiz, "
        "who leads the panel.\n"
    )
    assert speakers_of(text) == ["Nadia Ortiz"]


def test_charged_that_speaks():
    text = _OPENING + "Mayor Ada Holt charged that the audit is “part of a pattern” at the port.\n"
    assert speakers_of(text) == ["Ada Holt"]


def test_scolds_after_a_clause_naming_others_speaks():
    text = _OPENING + (
        "Mayor Tom Dekker spoke on Monday. Aides Ann Lowe and Carl Vey advocate keeping the ferry; "
        "Mr. Dekker scolds, “If it was up to me, the port would have closed months ago.”\n"
    )
    assert speakers_of(text) == ["Tom Dekker"]


def test_charged_with_a_crime_gives_the_charge_no_speaker():
    text = _OPENING + (
        "In May, Ray Archer was arrested and charged with “orchestrating a scheme to defraud the "
        "harbor trust of millions of dollars.”\n"
    )
    assert speakers_of(text) == [None]


def test_panned_as_speaks():
    text = _OPENING + "Harbor Watch, a taxpayers' group, panned the proposal as “a tax by another name.”\n"
    assert speakers_of(text) == ["Harbor Watch"]


def test_is_concerned_that_voices_a_fear():
    text = _OPENING + (
        "Resident Roger Hostetler, 62, is concerned that the two leaders are both “kind of unstable, "
        "and their remarks may escalate the situation.”\n"
    )
    assert speakers_of(text) == ["Roger Hostetler"]


def test_said_they_were_concerned_that_is_the_sayings():
    text = _OPENING + (
        "Officials at the port authority said they were concerned that smugglers “may try to use "
        "increasingly sophisticated methods” to get through.\n"
    )
    assert speakers_of(text) == ["officials at the port authority"]
