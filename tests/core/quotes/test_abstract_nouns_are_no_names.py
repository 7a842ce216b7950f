"""A capitalised abstract noun in -ism ("Western Journalism", an outlet) names no person, so it is
no rival for the he or she after it."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_an_outlet_named_by_an_ism_noun_is_no_rival_for_a_pronoun():
    text = (
        "Gary Vance once guarded the governor.\n\n"
        "In an earlier column from Western Journalism, Vance expressed concern that Mary Fenwick may "
        "become the next governor.\n\n"
        "He wrote, “She simply lacks the temper to serve in that office.”\n"
    )
    assert speakers_of(text) == ["Gary Vance"]
