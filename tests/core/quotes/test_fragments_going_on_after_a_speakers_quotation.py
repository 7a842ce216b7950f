""" "As the league's director Tomas Brevik explains, “…” For example, it can “…” or “…”": partial
quotations that go on about the thing talked of, after a short opening phrase, stay in the voice of
the speaker quoted just before."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

_TOLD = (
    "As the league's director Tomas Brevik explains, “The absence of any review means the ministry can "
    "read every letter.” "
)


def test_a_thing_pronoun_after_an_opening_phrase_goes_on_in_the_speakers_voice():
    text = _TOLD + "For example, it can “open and copy all mail between the offices” or “all parcels sent.”\n"
    assert speakers_of(text) == ["Tomas Brevik"] * 3


def test_a_bodys_words_go_on_the_same_way():
    text = (
        "As the Rights League explains, “The absence of any review means the ministry can read every "
        "letter.” For example, it can “open and copy all mail between the offices” or “all parcels sent.”\n"
    )
    assert speakers_of(text) == ["the Rights League"] * 3
