"""A writing's noun, then a participle and its short object, before the verb of saying ("“…,” the
letter demanding the correction stated.") is the subject: the writing speaks, not its object."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Retraction demanded\n\nThe wife of rancher Dale Pruett wants the Courier to retract a profile.\n\n"


def test_the_letter_demanding_a_correction_speaks():
    text = LEAD + (
        "“Mrs. Pruett has never met the reporter and has never shared a meal with her,” the letter "
        "demanding the correction stated.\n"
    )
    assert speakers_of(text) == ["the letter"]


def test_a_memo_outlining_a_plan_speaks():
    text = LEAD + "“We will not pay another cent for this road,” a memo outlining the plan said.\n"
    assert speakers_of(text) == ["a memo"]
