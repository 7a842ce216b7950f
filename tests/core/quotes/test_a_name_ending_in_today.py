"""A capitalised "Today" between a subject and its verb ("As USA Today reports:") or a "Week" after a
verb ("reports Education Week") is the last word of an outlet's name, never the adverb a speaker's
verb may follow ("Holt today said")."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TITLE = "Library\n\nThe council voted on Tuesday to close the Brackwater library.\n\n"


def test_usa_today_reports_is_the_whole_name():
    text = TITLE + "As USA Today reports: “The vote fell well short of what residents had hoped for.”\n"
    assert speakers_of(text) == ["USA Today"]


def test_a_small_today_is_still_an_adverb():
    text = TITLE + "Mayor Ann Holt today said: “The vote fell well short of what residents had hoped for.”\n"
    assert speakers_of(text) == ["Ann Holt"]


def test_an_outlets_name_ending_in_week_after_the_verb_is_whole():
    text = TITLE + (
        "“In dairy, 14 counties reported losses larger than the state average,” reports Dairy Week. “In "
        "grain, six counties posted gains.”\n"
    )
    assert speakers_of(text) == ["Dairy Week", "Dairy Week"]
