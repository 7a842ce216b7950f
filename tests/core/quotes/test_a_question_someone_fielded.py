"""A colon label naming a question someone received ("The first question he fielded:", "One question
she was asked:") introduces the asker's words, not the person who fielded it; a question the person
asked ("The first question he asked:") stays theirs."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "Ewan Pell held a two-hour chat on his website on Thursday.\n\n"
    "“I still tried to report the programs to co-workers,” Pell said.\n\n"
)
QUESTION = "“Do you think our democracy can recover from the damage?”"


@pytest.mark.parametrize(
    "label",
    ["The first question he fielded", "One question he was asked", "The last question he got"],
)
def test_a_question_the_speaker_received_is_not_his(label):
    assert speakers_of(LEAD + f"{label}: {QUESTION}\n")[1] is None


@pytest.mark.parametrize("label", ["The first question he asked", "His answer to the first question he got"])
def test_a_question_he_asked_or_his_answer_stays_his(label):
    assert speakers_of(LEAD + f"{label}: {QUESTION}\n")[1] == "Ewan Pell"
