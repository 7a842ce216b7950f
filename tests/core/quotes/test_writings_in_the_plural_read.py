"""Several writings read as one does: "“…,” the ads read, according to the Daily Ledger." gives the
words to the ads, not to the outlet that reported them, as "the ad read" does; the words going on
after it are the ads' too. A person saying that the ads read “…” keeps the words."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Ads\n\nSenator Nora Whitcombe took aim at Chatterly on Monday after it blocked her campaign ads.\n\n"


def test_the_ads_read_according_to_an_outlet_are_the_ads_words():
    text = (
        LEAD + "“Three firms have vast power over our lives,” the ads read, according to the Daily Ledger.\n"
    )
    assert speakers_of(text) == ["the ads"]


def test_the_words_going_on_after_the_ads_read_are_the_ads_too():
    text = (
        LEAD
        + "“Three firms have vast power,” the ads read, according to the Daily Ledger. “We all use them.”\n"
    )
    assert speakers_of(text) == ["the ads", "the ads"]


def test_the_signs_read_are_the_signs_words():
    text = LEAD + "“Break up big tech before it breaks us,” the signs read.\n"
    assert speakers_of(text) == ["the signs"]


def test_a_person_saying_how_the_ads_read_keeps_the_words():
    text = LEAD + "Whitcombe said her ads read “like the plain truth.”\n"
    assert speakers_of(text) == ["Nora Whitcombe"]
