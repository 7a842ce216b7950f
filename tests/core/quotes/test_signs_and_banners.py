"""The words on a sign, a banner or a placard are the writing's, an unnamed source, even in a
sentence opened by "According to X": X reports the sign, X does not say its words."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

RALLY = "Tessa Vane addressed a crowd of thousands outside the town hall in Corley on Saturday.\n\n"


def test_a_banner_read_after_according_to_a_person_is_the_banners():
    text = RALLY + "According to Vane, a banner read: “Save our harbour.”\n"
    assert speakers_of(text) == ["a banner"]


def test_a_placard_read_after_according_to_a_person_is_the_placards():
    text = RALLY + "According to Vane, one placard read, “No more cuts.”\n"
    assert speakers_of(text) == ["one placard"]


def test_according_to_a_person_still_gives_that_person_their_own_words():
    text = RALLY + "According to Vane, the harbour is “worth fighting for.”\n"
    assert speakers_of(text) == ["Tessa Vane"]
