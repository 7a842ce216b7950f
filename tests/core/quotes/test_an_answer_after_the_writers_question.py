"""A paragraph opening on the writer's short question before a bare quotation ("What about his
conviction for fraud? “That's nonsense.”") gives the answer to the one quoted just before; a
question naming someone does not."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "Voters\n\nResidents say they have not forgotten what Victor Salcedo did after the flood.\n\n"
    "Retired plumber Tony Marchetti, 72, said: “I talked to Salcedo, he means what he says.”\n\n"
)


def test_the_answer_after_a_writers_question_is_the_last_speakers():
    text = LEAD + "What about his conviction for fraud? “That's nonsense. He got unlucky, they all do it.”\n"
    assert speakers_of(text) == ["Tony Marchetti", "Tony Marchetti"]


def test_a_question_naming_someone_gives_no_answer():
    text = LEAD + "What did Janet Oduya think? “That's nonsense. He got unlucky, they all do it.”\n"
    assert speakers_of(text) == ["Tony Marchetti", None]
