"""A writing a participle of issuing follows ("“…,” the order released Friday said") speaks as
the writing does without it; a court's order or ruling is such a writing."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_writing_issued_on_a_day_speaks():
    text = (
        "Judge Ada Curiel seemed unconvinced. The council's “claim that the ferry will pay for itself is "
        "speculative at best,” the order released Friday said.\n"
    )
    assert speakers_of(text) == ["the order"]


def test_a_courts_ruling_is_a_writing():
    text = "“The claim is speculative at best,” the ruling said.\n"
    assert speakers_of(text) == ["the ruling"]


def test_an_ad_released_on_a_day_speaks():
    text = (
        "A campaign TV ad released Thursday accuses the mayor of “a pattern of sleaze stretching back "
        "decades.”\n"
    )
    assert speakers_of(text) == ["a campaign TV ad"]
