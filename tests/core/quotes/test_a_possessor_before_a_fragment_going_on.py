"""A fragment quoted in the sentence right after a speaker's own attribution goes on with that speaker
when the only name outside the marks is a possessor right before the opening mark ("“…,” Mai said.
Obama's “visit can show the bond ...”"): whose visit, not who speaks; another name that speaks
still stops it."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Valley visit\n\nFarmer Tomas Wrenfield waited at the gate as Governor Aldo Vance arrived.\n\n"


def test_a_possessor_before_the_fragment_leaves_it_the_speakers():
    text = LEAD + (
        "“The drought is behind us now,” Wrenfield said. Vance's “visit can bring the two towns "
        "together again after all this time.”\n"
    )
    assert speakers_of(text) == ["Tomas Wrenfield", "Tomas Wrenfield"]


def test_a_name_as_subject_before_the_fragment_still_stops_it():
    text = LEAD + (
        "“The drought is behind us now,” Wrenfield said. Vance has promised to “rebuild every road "
        "the floods took from this valley.”\n"
    )
    assert speakers_of(text) == ["Tomas Wrenfield", "Aldo Vance"]
