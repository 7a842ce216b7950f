""" "Voters are confused, says Lena Fisk, director of the Harwick Civic League, and support is often
overstated. Nobody wants to look unkind. “…”": a sentence of fact naming no one between a mid-sentence
inverted attribution and the quotation leaves the words with that speaker."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of


@pytest.mark.parametrize("fact", ["Nobody wants to look unkind.", "It is a hard issue."])
def test_the_inverted_attributions_speaker_goes_on(fact):
    text = (
        "Voters are confused, says Lena Fisk, director of the Harwick Civic League, and support for the "
        f"rules is often overstated. {fact} “Whenever the voters get a clear choice, they back them.”\n"
    )
    assert speakers_of(text) == ["Lena Fisk"]


def test_a_reported_clause_in_the_middle_of_the_sentence_does_not_go_on():
    text = (
        "Voters are confused, and Lena Fisk says the rules are popular, though support is often "
        "overstated. It is a hard issue. “Whenever the voters get a clear choice, they back them.”\n"
    )
    assert speakers_of(text) == [None]
