"""Bulleted paragraphs under a paragraph presenting one person's words ("Here are some of her most
memorable quotes:") are that person's quotations, whatever topic each bullet opens on."""

from __future__ import annotations

from .speakers import speakers_of

ARTICLE = (
    "Former senator Helen Marsh, who died on Sunday at 88, was known for her sharp tongue. "
    "Here are some of her most memorable quotes:\n\n"
    "• Describing her rival Tom Kessler in 1992: “He has never met a microphone he did not love.”\n\n"
    "• To the graduating class of Ridgeford College: “Nobody will remember your grades.”\n\n"
    "• On her decision to retire: “The garden needs me more than the Senate does.”\n"
)


def test_each_bullet_is_the_presented_persons():
    assert speakers_of(ARTICLE) == ["Helen Marsh"] * 3


def test_a_header_naming_no_one_presents_the_person_of_the_paragraph_before():
    article = ARTICLE.replace(" Here are some of her", "\n\nHere are some of her")
    assert speakers_of(article) == ["Helen Marsh"] * 3


def test_a_header_naming_two_people_presents_no_one():
    article = ARTICLE.replace("Here are some of her", "Here, with Mayor Ada Quill's, are some of her")
    assert speakers_of(article)[1:] == [None, None]


def test_a_paragraph_without_a_bullet_ends_the_list():
    article = ARTICLE + "\nThe Ridgeford Herald once wrote: “She never wasted a word.”\n"
    assert speakers_of(article)[-1] == "the Ridgeford Herald"


def test_bullets_under_a_paragraph_presenting_no_words_keep_their_own_speakers():
    article = ARTICLE.replace("Here are some of her most memorable quotes:", "Her career in brief:")
    assert speakers_of(article)[1:] == [None, None]
