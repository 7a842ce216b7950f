"""Words quoted inside an opening question clause ("Asked whether the department would consider
“bringing in outside monitors,” Okafor said, “…”") are the question's: no one the sentence names
said them; the answer after the clause's comma is the speaker's."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of

TITLE = "Police Chief Roland Okafor faced reporters on Friday.\n\n"


@pytest.mark.parametrize("opening", ["Asked whether", "When asked if", "Asked on Friday whether"])
def test_the_questions_words_have_no_speaker(opening):
    text = TITLE + (
        f"{opening} the department would consider “bringing in outside monitors for the force,” Okafor "
        "said, “If that is what it takes, we will do it.”\n"
    )
    assert speakers_of(text) == [None, "Roland Okafor"]


def test_words_quoted_after_the_clause_closes_are_the_speakers():
    text = TITLE + "Asked about the monitors, Okafor said the force was “ready for anything we are asked.”\n"
    assert speakers_of(text) == ["Roland Okafor"]
