""" "The Harlow Institute study group ... also suggests “…” ¶ Instead, they say ... “…”": a group,
team or panel quoted just before is people together, whom "they" may stand for as for a plural."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of


@pytest.mark.parametrize("head", ["study group", "review panel", "research team"])
def test_they_after_a_collective_source_is_that_source(head):
    text = (
        "A new study by the Harlow Institute says the navy could cut 5,000 clerks.\n\n"
        f"The Harlow Institute {head}, which includes several retired admirals, also suggests saving "
        "more by “cutting forces suited for long wars.”\n\n"
        "Instead, they say the navy needs “expanding investment in coastal patrol boats and radar.”\n"
    )
    assert speakers_of(text) == [f"the Harlow Institute {head}"] * 2


def test_it_after_a_collective_source_is_not_that_source():
    text = (
        "The Harlow Institute study group also suggests saving more by “cutting forces suited for long "
        "wars.”\n\n"
        "Instead, it says the navy needs “expanding investment in coastal patrol boats and radar.”\n"
    )
    assert speakers_of(text)[-1] != "the Harlow Institute study group"


def test_they_call_for_is_urging_as_called_for_is():
    text = (
        "The Harlow Institute study group also suggests saving more by “cutting forces suited for long "
        "wars.”\n\n"
        "Instead, they call for “expanding investment in coastal patrol boats and radar.”\n"
    )
    assert speakers_of(text) == ["the Harlow Institute study group"] * 2


def test_a_phone_call_for_help_is_no_verb_of_saying():
    text = "Ada Holt made a call for “urgent help from the harbour police” on Monday.\n"
    assert speakers_of(text) == ["Ada Holt"]
