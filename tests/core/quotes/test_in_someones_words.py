""" "In Holt's words, “…”", "because, in her own words, “…”" and "In the words of Tom Reyes, “…”" give the
quotation to the person whose words the phrase names; "In other words" names no one."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

_BEFORE = "Ada Holt, the mayor, met reporters on Monday. Her rival, Tom Reyes, stayed at home.\n\n"


def test_a_possessed_name():
    assert speakers_of(
        _BEFORE + "In Reyes's words, “the city cannot afford another year like this one.”\n"
    ) == ["Tom Reyes"]


def test_her_own_words():
    text = _BEFORE + "Reyes called it a gamble. In her own words, “it is the only way forward for us.”\n"
    assert speakers_of(text) == ["Ada Holt"]


def test_the_words_of_a_name():
    text = (
        _BEFORE
        + "Holt spoke first. In the words of Reyes, “the city cannot afford another year like this.”\n"
    )
    assert speakers_of(text) == ["Tom Reyes"]


def test_in_other_words_names_no_one():
    text = _BEFORE + "In other words, “the city cannot afford another year like this one.”\n"
    assert speakers_of(text) == [None]
