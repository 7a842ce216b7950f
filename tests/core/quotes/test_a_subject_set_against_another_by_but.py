"""In "X did ..., but Y has ..." the subject ", but" sets against the one before is whom a he after
the sentence means: the earlier subject is no rival that makes the he unclear."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Governor Karl Brandt today finds himself the target of attacks on his road policies.\n\n"


def test_the_subject_after_but_takes_the_he():
    text = (
        LEAD + "Mr. Halvorsen launched road projects in two counties, but Mr. Brandt has boasted about "
        "cutting spending. “I was elected to cut budgets, not grow them,” he said."
    )
    assert speakers_of(text) == ["Karl Brandt"]


def test_two_subjects_joined_by_and_still_leave_the_he_unclear():
    text = (
        LEAD + "Mr. Halvorsen and Mr. Brandt have boasted about cutting spending. "
        "“I was elected to cut budgets, not grow them,” he said."
    )
    assert speakers_of(text) == [None]
