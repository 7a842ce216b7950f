"""A venue named with a given name ("the Rose Garden", "Madison Square Garden") or a platform's
feature ("a Facebook Livestream") is a place or a thing, never a person who might speak or whom a
pronoun might mean."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes.engine import list_people
from tests.core.quotes.speakers import speakers_of

TEXT = (
    "In Rose Garden remarks, Governor Ada Holt said the compact had failed the harbour towns.\n\n"
    "“We will today be terminating our relationship with the compact,” she said.\n"
)


def test_the_rose_garden_is_no_person():
    people = [p.name for p in list_people(parse_article("Title: T\n\n" + TEXT))]
    assert "Rose Garden" not in people


def test_a_she_after_rose_garden_remarks_means_the_speaker_named():
    assert speakers_of(TEXT) == ["Ada Holt"]


def test_a_platforms_feature_is_no_person():
    text = (
        "Photos of damage began circulating on social media. At one point during a Facebook Livestream, "
        'a NWS meteorologist used the phrase "deadly storm" five times in less than a minute. They '
        'repeatedly begged people to take cover, warning the storms were "violent" and "catastrophic."\n\n'
        "In a video message posted on the Harlow City, Alabama, Facebook page, Mayor Tom Spragg said on "
        "Saturday that people needed to find a safe place. “I’ll be praying for everyone to have a safe "
        "Easter,” he said.\n"
    )
    people = [p.name for p in list_people(parse_article("Title: T\n\n" + text))]
    assert "Facebook Livestream" not in people
    assert speakers_of(text)[-1] == "Tom Spragg"


def test_a_platform_before_a_title_and_a_name_leaves_the_name():
    text = "“We will charge less,” Facebook CEO Mark Zuckerberg said on Tuesday.\n"
    assert speakers_of(text) == ["Mark Zuckerberg"]


def test_a_seminary_named_with_a_given_name_is_no_person():
    text = (
        "The Rev. Rob Sayler, executive director for the center at Harbor's Christian Theological "
        "Seminary, said the verses were used to justify supporting the regime.\n\n"
        "“Romans 13 has long been appealed to in an incorrect way,” he said.\n"
    )
    people = [p.name for p in list_people(parse_article("Title: T\n\n" + text))]
    assert "Christian Theological Seminary" not in people
    assert speakers_of(text) == ["Rob Sayler"]
