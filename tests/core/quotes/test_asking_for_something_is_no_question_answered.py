"""Asking for something ("Greer repeatedly asked for reporter Katty Vale's microphone to be turned off")
is a request, no question: the "He" who then "responded" is not barred as the one who asked."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Defender\n\nWalter Greer could use some work as a defender.\n\n"


def test_the_one_asking_for_something_then_responding_answers():
    text = LEAD + (
        "Greer, a retired surgeon, often appears on television. In a heated interview, Greer repeatedly "
        "asked for reporter Katty Vale's microphone to be turned off when she asked him if the papers were "
        "forged. He finally responded: “It doesn't matter whether they are real.”\n"
    )
    assert speakers_of(text) == ["Walter Greer"]
