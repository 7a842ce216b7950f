"""A work's title the sentence's full stop slipped into is no quotation: the last title of a list of
quoted titles, and a word or two in title case where a noun stands (issue 11, probe pass)."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_the_last_title_of_a_quoted_list_is_no_quotation():
    text = (
        "“We wanted something bold,” said Petra Lind, who designed the costumes for “The Long Harbor,” "
        "“Salt and Iron” and “Quiet Hours.”\n"
    )
    assert speakers_of(text) == ["Petra Lind"]


def test_lower_case_words_closing_a_list_stay_the_speakers():
    text = "Tom Reyes called the plan “rushed” and “a gift to developers.”\n"
    assert speakers_of(text) == ["Tom Reyes"]


def test_a_short_title_after_a_works_noun_is_no_quotation():
    text = "The band's 2014 hit “Paper Lanterns.” was a surprise. “We never expected it,” said Tom Reyes.\n"
    assert speakers_of(text) == ["Tom Reyes"]


def test_a_short_title_after_from_is_no_quotation():
    text = (
        "Gwen Ortiz painted the boy's new arm to look like a robot from “Star Patrol.” “He loves it,” "
        "Ortiz said.\n"
    )
    assert speakers_of(text) == ["Gwen Ortiz"]


def test_a_short_title_after_a_possessive_is_no_quotation():
    text = "Gwen Ortiz will star in Marla Quint's “Nightwatch.” “It was a dream,” Ortiz said.\n"
    assert speakers_of(text) == ["Gwen Ortiz"]


def test_a_one_word_answer_after_a_colon_stays_speech():
    text = "Asked whether she would run again, Gwen Ortiz said: “Never.”\n"
    assert speakers_of(text) == ["Gwen Ortiz"]
