"""Starting or beginning to say is saying ("“…,” Nunes started to ask"), as going on to say is."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of

LEAD = "Hearing\n\nRep. Ivo Vick questioned the witness, Ada Tell, on Tuesday.\n\n"


@pytest.mark.parametrize("verb", ["started to ask", "began to ask", "started to say"])
def test_a_speaker_starting_to_speak_speaks(verb):
    text = LEAD + f"“Ms. Tell, you said you did not know the donor,” Vick {verb}.\n"
    assert speakers_of(text) == ["Ivo Vick"]
