"""A quotation of four words or more with a common word in capitals ("the FACE of the Opposition
Party.", "NEVER, EVER THREATEN MY STAFF AGAIN") is shouting, no title: it is listed with its speaker.
A word or three in capitals, or capitals in an all-capitals headline, stay labels."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Insults fly\n\nMayor Arthur Hollis has been feuding with Councilwoman Janet Ruiz for a month.\n\n"


def test_a_shouted_noun_phrase_after_claimed_is_the_claimants():
    text = LEAD + "Hollis has claimed that she is “the FACE of the Opposition Party.”\n"
    assert speakers_of(text) == ["Arthur Hollis"]


def test_a_quotation_all_in_capitals_after_warning_is_the_warners():
    text = (
        LEAD
        + "Later that night, Hollis wrote to Ruiz, warning her to “NEVER, EVER THREATEN MY STAFF AGAIN”.\n"
    )
    assert speakers_of(text) == ["Arthur Hollis"]


def test_a_few_words_in_capitals_stay_a_label():
    text = LEAD + "Hollis said the council had become a “HUGE CIRCUS” since the vote.\n"
    assert speakers_of(text) == []


def test_capitals_inside_an_all_capitals_headline_stay_a_label():
    text = (
        LEAD + "HOLLIS CLAIMS RUIZ 'DOES NOT UNDERSTAND WHAT IS HAPPENING' IN CITY HALL\n\nThe row went on.\n"
    )
    assert speakers_of(text) == []
