"""A word of a place's name ("New York", "Silicon Valley") heads a source only with its capital:
"the new reports" names no one, so it never speaks."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TEXT = (
    "Campaign row\n\n"
    "The campaign declined to comment on the new reports, pointing to a memo that called "
    "them “old and false.”\n"
)


def test_the_new_reports_are_no_speaker():
    assert "the new" not in speakers_of(TEXT)


def test_the_memo_that_called_them_speaks():
    assert speakers_of(TEXT) == ["a memo"]
