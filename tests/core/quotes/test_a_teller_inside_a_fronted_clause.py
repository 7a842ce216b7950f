"""A name after the comma closing a fronted "When ..." clause is the main clause's, not the subject of
what the clause's verb of saying reports ("When Governor Bream told the assembly that ..., Mr.
Trell's adverse reaction shelved it. ... he said": Trell, not Bream)."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_he_after_a_main_clause_past_a_fronted_telling_means_its_owner():
    text = (
        "Some lawmakers said Monday they are open to new rules, as Senate leader Amos Trell said it's "
        "time for a debate.\n\n"
        "When Governor Hollis Bream told the assembly that the state should adopt a fire code, Mr. "
        "Trell's adverse reaction shelved that part of his party leader's agenda.\n\n"
        "But in the wake of the fire at Linden Elementary, he said “every idea should be on the table.”\n"
    )
    assert speakers_of(text) == ["Amos Trell"]
