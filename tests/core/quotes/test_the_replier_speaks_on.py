"""`When Ms. Quill asked Ms. Alvarez if ..., she replied, “…” ¶ … ¶ “…,” she said`: the later "she said"
carries on the one who replied (the reply's "she" is the latest subject), not the asker named before it."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

OPENING = (
    "Ferry\n\nThe mayor of Port Wexley, Rosa Alvarez, toured the rebuilt ferry terminal on Tuesday with "
    "a reporter, Ms. Dana Quill.\n\n"
)
FERRY = "The terminal, shut for two years after a storm, reopened last month at a cost of $14 million.\n\n"
LATER = "“People waited a long time for this building, and they deserve to use it,” she said."


def test_she_said_after_a_reply_in_the_askers_sentence_is_the_replier():
    text = OPENING + (
        "When Ms. Quill asked Ms. Alvarez if she would run again, she replied, “I have not decided, and "
        "I will not decide before the budget passes.”\n\n"
    )
    assert speakers_of(text + FERRY + LATER) == ["Rosa Alvarez", "Rosa Alvarez"]


def test_she_said_after_a_reply_in_the_next_sentence_is_the_replier():
    text = OPENING + (
        "Ms. Quill asked Ms. Alvarez if she would run again. She replied, “I have not decided, and I "
        "will not decide before the budget passes.”\n\n"
    )
    assert speakers_of(text + FERRY + LATER) == ["Rosa Alvarez", "Rosa Alvarez"]


def test_the_asker_named_again_after_the_reply_is_the_asker():
    text = OPENING + (
        "Ms. Quill asked Ms. Alvarez if she would run again. She replied, “I have not decided, and I "
        "will not decide before the budget passes.”\n\n"
        "Ms. Quill pressed her on the cost. “Fourteen million is a lot for a ferry shed,” she said."
    )
    assert speakers_of(text) == ["Rosa Alvarez", "Dana Quill"]
