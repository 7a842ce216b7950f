""" "Too often the systems the ministry buys “cost far more than anyone promised.” And the hardest
problems “will not be solved by tanks and ships alone,” she said.": a partial quotation in the
sentence that "And" or "But" joins to the next one is the next one's speaker's."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of

_SPEECH = "Defense Minister Ruth Calder gave her first major speech on Tuesday.\n\n"


@pytest.mark.parametrize("joining", ["And", "But"])
def test_the_fragment_is_the_joined_sentences_speakers(joining):
    text = _SPEECH + (
        "Too often the systems the ministry buys “cost far more than anyone promised at the start.” "
        f"{joining} the hardest problems “will not be solved by tanks and ships alone,” she said.\n"
    )
    assert speakers_of(text) == ["Ruth Calder", "Ruth Calder"]


def test_a_sentence_not_joined_leaves_the_fragment_alone():
    text = _SPEECH + (
        "Too often the systems the ministry buys “cost far more than anyone promised at the start.” "
        "The hardest problems of the age “will not be solved by tanks and ships alone,” she said.\n"
    )
    assert speakers_of(text)[0] is None
