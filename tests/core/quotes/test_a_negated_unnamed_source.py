"""An unnamed source after "not" ("not a single parent had complained about the pledge:") is no one
who said the words after it; the source without it still speaks."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TITLE = "Pledge\n\nStudents at Birchfield Elementary recite a pledge every Monday.\n\n"
PLEDGE = "“I pledge loyalty to Birchfield and to the teachers who help us learn.”\n"


def test_not_a_single_parent_speaks_no_words():
    text = TITLE + "But until last week, not a single parent had complained about the pledge:\n\n" + PLEDGE
    assert speakers_of(text) == [None]


def test_a_parent_complaining_before_a_colon_speaks():
    text = TITLE + "But last week, a parent complained to the board:\n\n" + PLEDGE
    assert speakers_of(text) == ["a parent"]
