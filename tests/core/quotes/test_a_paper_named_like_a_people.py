"""A paper named with a capital "The" and a people's noun ("“…,” The Texan reported", "as The New
Yorker put it") is the paper, never the person of that people the article names."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Inn stay\n\nEli Mott, a Texan, has struggled for years.\n\n"


def test_a_paper_named_like_a_people_reports():
    text = LEAD + "“Twice a day, his mother called him, and Eli told her he was fine,” The Texan reported.\n"
    assert speakers_of(text) == ["the Texan"]
