""" "She now says that “…”", "It will now tell writers that “…”": a time adverb right after a
pronoun (or a modal after it) is stepped over to the pronoun, the subject whose words they are;
after a place's name ("incidents in the United States now reflected") it is not."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_she_now_says_is_the_woman_before():
    text = (
        "Mayor Rena Colt has changed her mind about the parking fee.\n\n"
        "She now says that “the fee should be called a tax when the city sets it by law.”\n"
    )
    assert speakers_of(text) == ["Rena Colt"]


def test_it_will_now_tell_is_the_body_it_means():
    text = (
        "The Dellport Herald had long used the term “service fee” in its stories, but rewrote its style "
        "guide this week. It will now tell writers that “service charges must be called taxes when the "
        "city sets them by law.”\n"
    )
    assert speakers_of(text)[-1] == "the Dellport Herald"


def test_a_place_before_now_is_no_speaker():
    text = (
        "A report by the Kessa League warned that many incidents in the United States now reflected "
        "“a politically-related hostile component.”\n"
    )
    assert speakers_of(text) != ["the United States"]
