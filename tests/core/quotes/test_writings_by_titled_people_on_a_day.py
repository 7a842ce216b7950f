""" "according to a tweet by X" gives X the words when a phrase of when the writing came out or a title
stands between ("a tweet on Monday by Reyes", "an affidavit signed Thursday by FBI Special Agent Tom
Reyes", "a tweet by US Secretary of State Ann Lutz"): they were unattributed, as only lower-case role
words could stand between "by" and the name, and only "released"/"signed" between the writing and "by"."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of

_OPENING = "Mara Quill and Owen Tarrant asked the town about the ferry terminal on Tuesday.\n\n"


@pytest.mark.parametrize(
    ("writing", "speaker"),
    [
        ("a tweet on Monday by Tarrant", "Owen Tarrant"),
        ("a statement issued late Monday by Tarrant", "Owen Tarrant"),
        ("an affidavit signed Thursday by FBI Special Agent Ann Lutz", "Ann Lutz"),
        ("a tweet by US Secretary of State Ann Lutz", "Ann Lutz"),
        ("a tweet by Mayor Ann Lutz", "Ann Lutz"),
    ],
)
def test_the_writer_after_a_day_or_a_title(writing, speaker):
    text = _OPENING + f"“The ferry will not run again this year,” according to {writing}.\n"
    assert speakers_of(text) == [speaker]


def test_the_writer_right_after_by_still_speaks():
    text = _OPENING + "“The ferry will not run again this year,” according to a tweet by Tarrant.\n"
    assert speakers_of(text) == ["Owen Tarrant"]
