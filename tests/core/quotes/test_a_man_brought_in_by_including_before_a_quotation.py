"""The one person a paragraph's last sentence brings in after "including" (or ", like") is whom a
quotation opening the next paragraph with "he said" goes on about, not the speaker quoted before."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "Governors meeting in Port Alder this weekend were split over the new transit law.\n\n"
    "“Honestly, I don't think it's responsible for my state to decide now,” said Westland Gov. Carl "
    "Brennick, the meeting's host.\n\n"
)
QUOTE = "\n\n“This is not political. This is a financial analysis of what the law would cost us,” he said."


def test_a_man_after_including_speaks_next():
    text = (
        LEAD + "Many other governors see things differently, however, including Eastmoor's Peter Vandall, "
        "the incoming chairman of the governors' association." + QUOTE
    )
    assert speakers_of(text) == ["Carl Brennick", "Peter Vandall"]


def test_a_man_after_a_comma_and_like_speaks_next():
    text = (
        LEAD
        + "But for many other governors, like Eastmoor's Peter Vandall, it's about something bigger."
        + QUOTE
    )
    assert speakers_of(text) == ["Carl Brennick", "Peter Vandall"]


def test_two_men_after_including_leave_the_he_to_the_speaker_before():
    text = LEAD + "Other governors disagree, including Peter Vandall and Tom Reyes." + QUOTE
    assert speakers_of(text)[1] != "Peter Vandall"


def test_a_man_after_including_in_an_earlier_sentence_does_not_speak_next():
    text = LEAD + "Other governors disagree, including Peter Vandall. The law takes effect in May." + QUOTE
    assert speakers_of(text) == ["Carl Brennick", "Carl Brennick"]
