"""A word in -s that is also a verb of saying, after a plain lower-case word and before a plural's
finite verb ("the attacks on Velmar border posts last month are part of ..."), is a noun: the sentence's
own verb of saying keeps its speaker; "the ones State now says are “…”" keeps its verb (session 67)."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TITLE = "Speech\n\nOskar Lind spoke at the college on Monday.\n\n"


def test_posts_before_are_is_a_noun_and_the_warning_stays_the_speakers():
    text = TITLE + (
        "He also will warn that the attacks on Velmar border posts last month are part of an effort by "
        "smugglers to “wage perpetual war on the harbor.”\n"
    )
    assert speakers_of(text) == ["Oskar Lind"]


def test_says_after_an_adverb_before_are_gives_the_man_asking_no_words():
    text = TITLE + (
        "Lind has asked for his letters to be made public, even the ones the ministry now says are “top "
        "secret.”\n"
    )
    assert "Oskar Lind" not in speakers_of(text)
