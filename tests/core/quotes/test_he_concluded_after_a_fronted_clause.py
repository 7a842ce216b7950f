"""A continuing verb ("he concluded", "he added") after a fronted clause's comma ("When Martin
Whitcombe analyzed the polling, he concluded “…”") is no aside: it goes on with the person named as
a subject since the last quotation, not with the one quoted before."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_he_concluded_after_a_when_clause_is_the_clauses_subject():
    text = (
        "Senator Oswin Pratt said the rebels would calm down once they had “learned their lesson” from"
        " the last budget fight.\n\n"
        "They did not. When Martin Whitcombe of the Eastport Ledger analyzed the polling after the fight,"
        " he concluded “if there is another shutdown, nobody can say how it will affect the election.”\n"
    )
    assert speakers_of(text) == ["Oswin Pratt", "Martin Whitcombe"]
