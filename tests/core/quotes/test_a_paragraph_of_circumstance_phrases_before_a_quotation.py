"""A paragraph whose only words before its quotation are phrases of circumstance set off by commas
("But lately, particularly with the party requiring a proportional split of delegates, “…”") goes
on with the one the paragraph before reports; a phrase naming a person opens no such going on."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "Convention\n\nLiberals now see a contested convention as likelier.\n\n"
    "Liberal strategist Omar Lindqvist said he was once “extremely skeptical” of a contested convention.\n\n"
)


def test_the_reporting_speaker_goes_on_past_phrases_of_circumstance():
    text = LEAD + (
        "But lately, particularly with the Liberal Party requiring a proportional split of delegates, "
        "“it’s definitely seeming like it could happen.”\n"
    )
    assert speakers_of(text) == ["Omar Lindqvist"]


def test_a_phrase_naming_a_person_hands_it_no_one():
    text = LEAD + (
        "But lately, particularly with Vera Stamm requiring a proportional split of delegates, "
        "“it’s definitely seeming like it could happen.”\n"
    )
    assert speakers_of(text) == [None]
