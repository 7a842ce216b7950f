"""A person's call, plea, appeal, demand or threat before a quotation ("endorsed Mayor Ida Brandt's
call to “rebuild every station”", "Trump's call for “a total ban”") gives the words to that person;
"for" only when the quotation follows it at once."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Transit plan\n\nThe vote is in May.\n\n"


def test_a_call_to_do_something_is_the_callers():
    text = (
        LEAD
        + "The transit union on Friday endorsed Mayor Ida Brandt's call to “rebuild every station” soon.\n"
    )
    assert speakers_of(text) == ["Ida Brandt"]


def test_a_call_for_the_quoted_words_is_the_callers():
    text = LEAD + "The rally denounced Senator Ivo Marsh's call for “a total and complete ban on buses.”\n"
    assert speakers_of(text) == ["Ivo Marsh"]


def test_a_call_for_a_thing_the_quotation_only_describes_is_not():
    text = (
        LEAD
        + "Aides said Senator Ivo Marsh's call for a single-payer “Medicare for all” system will return.\n"
    )
    assert speakers_of(text) != ["Ivo Marsh"]
