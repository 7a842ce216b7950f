"""Magazines, newspapers and writings as a reader names them (session 15, quotesleft).

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_words_describing_an_outlet_before_its_name_are_left_out_of_its_label():
    text = (
        "The harbour game went on sale in Leeds on Monday.\n\n"
        "“It is the finest harbour game anyone has made,” wrote the influential Quay magazine in "
        "its review.\n"
    )
    assert speakers_of(text) == ["Quay"]


def test_the_magazine_is_the_one_magazine_named_before_it():
    text = (
        "The harbour game has been chosen as the best game of the year by US magazine Quay Weekly.\n\n"
        "The magazine has ranked a hundred games.\n\n"
        "“We wanted games anyone could pick up and play,” said the magazine.\n"
    )
    assert speakers_of(text) == ["Quay Weekly"]


def test_the_newspaper_stays_plain_when_two_newspapers_are_named():
    text = (
        "The Harbour Times newspaper and the daily Quay Post both covered the vote.\n\n"
        "“The vote was a disgrace,” said the newspaper.\n"
    )
    assert speakers_of(text) == ["the newspaper"]


def test_a_place_before_a_newspaper_after_an_indefinite_article_is_not_its_name():
    text = (
        "A Harbour Bay newspaper called on the mayor to visit the town.\n\n"
        "“The town deserves better,” the newspaper said.\n"
    )
    assert speakers_of(text) == ["the newspaper"]


def test_a_writing_described_by_two_hyphened_adjectives_keeps_its_determiner():
    text = (
        "Ada Lind is suing the harbour board.\n\n"
        "The hand-written, four-page lawsuit said: “The board has ruined the harbour for everyone.”\n"
    )
    assert speakers_of(text) == ["the hand-written, four-page lawsuit"]


def test_the_newspaper_opening_a_sentence_is_not_labelled_by_its_capital_the():
    text = "Harbor Council voted on Monday to close the pier.\n\nThe newspaper said: “The pier is safe.”\n"
    assert speakers_of(text) == ["the newspaper"]


def test_the_station_is_the_one_outlet_the_paragraph_before_says_reports():
    text = (
        "As Harbor City's WKLM reports, marchers from across the state are coming for the rally. The "
        "station adds that:\n\n"
        "“The march is traditionally held on the anniversary of the ruling, but this year it moved.”\n"
    )
    assert speakers_of(text) == ["WKLM"]


def test_the_station_stays_plain_when_no_outlet_is_said_to_report():
    text = (
        "Marchers from across the state are coming for the rally. The station adds that:\n\n"
        "“The march is traditionally held on the anniversary of the ruling, but this year it moved.”\n"
    )
    assert speakers_of(text) == ["the station"]
