"""Quoted words opening with a finite verb after a possessed noun of speech whose "that" clause has
its own verb ("She said the minister's declaration that the harbor isn't safe “is hollow”") are
what the sentence's speaker says of the declaration, not the declaration's words."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Harbor safety\n\nTransport Minister Hal Brenner said on Monday that the harbor was fully staffed.\n\n"


def test_words_said_of_a_possessed_declaration_are_the_speakers():
    text = LEAD + (
        "Orla Vance, a researcher, said the minister was late. She said the minister's declaration "
        'that the harbor isn\'t closed to trawlers "is hollow and entirely for show."\n'
    )
    assert speakers_of(text) == ["Orla Vance"]


def test_words_completing_the_that_clause_are_still_the_owners():
    text = LEAD + (
        "Orla Vance, a researcher, disputed the minister's claim that the new rules "
        '"are the strictest in the country."\n'
    )
    assert speakers_of(text) == ["Hal Brenner"]
