"""A name that "intones" after an opening phrase naming someone else ("Under Governor Whitlow,
Ostrander intones, “…”") is the speaker, and the he-says quotation after it follows him; a crowd
that "gasps" after the same phrase gives no speaker, and the governor never does."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Ostrander\n\nFormer Tessaly governor Martin Ostrander wrapped up a swing through the river towns.\n\n"


def test_the_name_that_intones_is_the_speaker():
    text = LEAD + "Under Governor Whitlow, Ostrander intones, “this state is in a slow emergency.”\n"
    assert speakers_of(text) == ["Martin Ostrander"]


def test_the_he_says_quotation_after_it_follows_him():
    text = (
        LEAD
        + "Under Governor Whitlow, Ostrander intones, “this state is in a slow emergency.”\n\n"
        + "He can’t be pushed around, he says, “I grew up on a barge.”\n"
    )
    assert speakers_of(text) == ["Martin Ostrander", "Martin Ostrander"]


def test_a_crowd_that_gasps_gives_no_speaker():
    text = LEAD + "Under Governor Whitlow, the crowd gasps, “this state is in a slow emergency.”\n"
    assert speakers_of(text) == [None]
