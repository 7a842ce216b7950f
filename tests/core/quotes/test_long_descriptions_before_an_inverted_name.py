"""A long description before the name of an inverted attribution ("said Oregon pear and apple grower
Hal Brisco", "according to U.S. Maj. Gen. Walter Crane"): the person named, never the place that
opens the description.

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

_OPENING = "Officials in the capital disagreed about the harvest.\n\n"


def test_a_place_and_joined_work_nouns_before_the_name_describe_the_speaker():
    text = _OPENING + "“Nobody wants to pick in this heat,” said Oregon pear and apple grower Hal Brisco.\n"
    assert speakers_of(text) == ["Hal Brisco"]


def test_a_two_word_city_and_a_party_among_joined_roles_describe_the_speaker():
    text = (
        _OPENING + "“It feels as though the county has turned a corner,” said New York investment banker and "
        "major GOP donor Henrik Dalby.\n"
    )
    assert speakers_of(text) == ["Henrik Dalby"]


def test_an_abbreviated_place_and_joined_roles_describe_the_speaker():
    text = (
        _OPENING
        + "“The senator is losing ground,” says veteran N.Y. politics watcher and attorney Dora Finch.\n"
    )
    assert speakers_of(text) == ["Dora Finch"]


def test_according_to_a_title_opened_by_a_place_is_the_person():
    text = _OPENING + "According to U.S. Maj. Gen. Walter Crane, “There was no threat that I know of.”\n"
    assert speakers_of(text) == ["Walter Crane"]


def test_a_name_modifying_the_noun_after_it_is_not_the_speaker():
    text = _OPENING + "Senator Ada Holt was not there.\n\n“It was a mess,” said one veteran Holt adviser.\n"
    assert speakers_of(text) == ["one veteran Holt adviser"]


def test_says_of_someone_is_about_them_not_by_them():
    text = (
        _OPENING + "Senator Ada Holt calls the press hostile, says of reporter Jim Brisk: “You are rude.”\n"
    )
    assert "Jim Brisk" not in speakers_of(text)
