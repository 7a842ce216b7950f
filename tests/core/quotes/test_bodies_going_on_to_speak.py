"""A body opening a clause goes on to speak in its participle of saying, as a person there does:
"Harbor Bank declined to comment, saying it “…”" is the bank's (was unattributed: a participle took
only a person or a role as its clause's subject, never a body, for fear of asides)."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of

_OPENING = "Mara Quill and Owen Tarrant asked the town about the ferry terminal on Tuesday.\n\n"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Harbor Bank declined to comment, saying it “regrets the delay and will repay every customer.”",
            "Harbor Bank",
        ),
        (
            "The bank declined to comment, saying it “regrets the delay and will repay every customer.”",
            "the bank",
        ),
        (
            "The Harbor Council voted the plan down, saying it would “ruin the quay for everyone.”",
            "the Harbor Council",
        ),
    ],
)
def test_a_body_s_participle_of_saying(sentence, speaker):
    assert speakers_of(_OPENING + sentence + "\n") == [speaker]


def test_a_person_opening_the_clause_still_speaks():
    text = _OPENING + "Quill declined to comment, saying only that the bank “regrets the delay.”\n"
    assert speakers_of(text) == ["Mara Quill"]
