"""A participle of saying right after a "who" clause ("The win was not lost on Governor Paul
Ashgrove, who congratulated the Hawks online, saying, “…”") goes on with the person the clause
hangs on, whatever the sentence's own subject is."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "The Riverton Hawks won the league final on Sunday.\n\n"


def test_the_person_a_who_clause_hangs_on_says_what_the_participle_brings():
    text = LEAD + (
        "The win was not lost on Governor Paul Ashgrove, who congratulated the Hawks online on Sunday "
        "night, saying, “You made the whole state proud!”\n"
    )
    assert speakers_of(text) == ["Paul Ashgrove"]


def test_a_who_clause_naming_another_person_still_hangs_on_its_antecedent():
    text = LEAD + (
        "The win was not lost on Governor Paul Ashgrove, who called coach Lena Moravec, saying, "
        "“You made the whole state proud!”\n"
    )
    assert speakers_of(text) == ["Paul Ashgrove"]
