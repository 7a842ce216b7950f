"""Preaching, lecturing and reasoning aloud are verbs of saying: "the late planner Ada Voss, who
preached that “…”", "In a video, Holt speculated that ... ¶ “…,” Holt from his desk." (issue 11)."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of

_LEAD = "The library board met on Monday to plan the new branches.\n\n"


def test_a_person_who_preached_that_speaks_the_quotation():
    text = _LEAD + (
        "We must heed the late planner Ada Voss, who preached that “good libraries require patient money.”\n"
    )
    assert speakers_of(text) == ["Ada Voss"]


@pytest.mark.parametrize("verb", ["speculated", "reasoned", "theorized"])
def test_a_verbless_quotation_after_a_sentence_so_spoken_goes_on_with_its_speaker(verb):
    text = _LEAD + (
        f"In a video on Thursday, Tom Reyes {verb} that the old branch could close.\n\n"
        "“Readers are leaving the city, just like I said. We need a new plan,” Reyes from his desk.\n"
    )
    assert speakers_of(text) == ["Tom Reyes"]
