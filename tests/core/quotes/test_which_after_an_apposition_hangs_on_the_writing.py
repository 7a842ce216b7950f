"""A "which" clause after an apposition set off by commas ("an ad from America First, a Super Pac
supporting Trump, which declares that “…”") hangs on the writing before the apposition, which speaks;
never on the person named at the apposition's end. With no writing before the apposition ("by Trump,
a candidate backed by America First, which declares") the rule does not apply."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Ads\n\nPresident Donald Trump is campaigning in Ohio this week.\n\n"
DECLARES = " which declares that “for 40 years Joe Biden has been wrong about China.”\n"


def test_an_ad_from_a_body_before_an_apposition_speaks():
    text = (
        LEAD
        + "The message was amplified in an ad from America First, a Super Pac supporting Trump,"
        + DECLARES
    )
    assert speakers_of(text) == ["an ad from America First"]


def test_a_video_before_an_apposition_speaks():
    text = LEAD + "The message was amplified in a video, a clip supporting Trump," + DECLARES
    assert speakers_of(text) == ["a video"]


def test_a_body_after_a_person_keeps_its_reading():
    text = LEAD + "The message was amplified by Trump, a candidate backed by America First," + DECLARES
    assert speakers_of(text) == ["America First"]
