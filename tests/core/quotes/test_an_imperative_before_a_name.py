"""An imperative opening a sentence before a name ("Expect Hruska to ...", "Meet Ada Holt, ...") is
no part of the name."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Harbor speech\n\n"


def test_expect_before_a_name_is_dropped():
    text = LEAD + (
        "Governor Lena Hruska speaks on Tuesday. Expect Hruska to thank the volunteers.\n\n"
        "Her theme: Hruska will say the state is “stronger than the storm.”\n"
    )
    assert speakers_of(text) == ["Lena Hruska"]


def test_take_opening_a_sentence_is_no_given_name():
    text = LEAD + (
        "Take Wren Pell, who was recently hired for a top role. In 2008, she helped arrange a "
        "meeting for the chief.\n\n"
        "“FYI, this is the chief's own company,” Pell told state officials in an email.\n"
    )
    assert speakers_of(text) == ["Wren Pell"]
