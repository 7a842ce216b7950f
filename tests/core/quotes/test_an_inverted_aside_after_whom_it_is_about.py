"""An inverted "said X" set off by commas right after the person a sentence is about ("Trump, said
Aaron Wilson, a real estate agent, is “…”") gives the words to X; "Hollis, the mayor, said Winthrop
is “…”" stays the one before the verb's."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of

OPENING = "Voters were divided over Gwen Hollis.\n\n"


@pytest.mark.parametrize("aside", ["said Dara Winthrop,", "says Dara Winthrop, a local farmer,"])
def test_the_speaker_of_an_inverted_aside_speaks_the_sentence(aside):
    text = OPENING + f"Gwen Hollis, {aside} is “saying what plenty of us think.”\n"
    assert speakers_of(text) == ["Dara Winthrop"]


def test_a_subject_with_a_role_before_said_keeps_the_words():
    text = OPENING + "Gwen Hollis, the mayor, said Dara Winthrop is “saying what plenty of us think.”\n"
    assert speakers_of(text) == ["Gwen Hollis"]
