"""A programme's name whose opening mark slipped past its first word, the sentence's full stop inside
the marks ("said on Channel “Nine Sunday.” “…”"), is no one's words, and the speaker's words go on
after it. After "on" and a day ("said on Monday “Never Again.”") the words in title case stay speech."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Members of the Halvern state assembly waited on Sunday for a long-delayed audit.\n\n"


def test_a_programme_name_split_by_its_opening_mark_is_no_ones_and_the_words_go_on_past_it():
    text = LEAD + (
        "“The job of this assembly is much broader,” Rep. Caleb Drummond said on Channel “Nine Sunday.” "
        "“We have a much broader mandate and we have to use it.”\n"
    )
    assert speakers_of(text) == ["Caleb Drummond", None, "Caleb Drummond"]


def test_title_case_words_after_a_day_stay_speech():
    text = LEAD + "Rep. Caleb Drummond told the rally on Monday “Never Again.” The crowd cheered.\n"
    assert speakers_of(text) == ["Caleb Drummond"]
