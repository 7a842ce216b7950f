"""A quotation standing alone after its speaker's "“…,” Marlow said." goes on in that voice when
the next sentence reports a question of its own ("Grady then asked whether the governor agreed"),
which attributes no words; a short "“…?” Grady asked." after a quotation still does."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Tax plan\n\nSenator Ada Marlow was interviewed by host Pete Grady on Sunday.\n\n"


def test_the_words_before_a_reported_question_stay_with_the_speaker_before():
    text = LEAD + (
        "“If it protects the farmers then of course I will look at it,” Marlow said. “But if it raises "
        "the fuel tax again, I am out.” Grady then asked whether the governor agreed with her.\n"
    )
    assert speakers_of(text) == ["Ada Marlow", "Ada Marlow"]


def test_a_short_asked_after_a_question_attributes_it():
    text = LEAD + (
        "“If it protects the farmers then of course I will look at it,” Marlow said. “And the fuel "
        "tax?” Grady asked.\n"
    )
    assert speakers_of(text) == ["Ada Marlow", "Pete Grady"]
