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


def test_in_the_words_of_a_titled_name_with_a_who_clause_before_the_colon():
    text = (
        "The race tightened in the north.\n\n"
        "Or, in the words of Holt friend and fundraiser Carl Nyquist, who went further: “The only "
        "thing worse than trailing now is leading now.”\n"
    )
    assert speakers_of(text) == ["Carl Nyquist"]


def test_in_a_titled_names_words_after_the_quotation():
    text = (
        "The party hit the governor in emails on Monday, mocking her “allergy to plain answers,” in "
        "spokesman Dario Fenn's words.\n"
    )
    assert speakers_of(text) == ["Dario Fenn"]
