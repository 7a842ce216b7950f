"""A fronted phrase naming the interviewer and his show ("Speaking with Tobin Marsh, host of Morning
Line, Varrick urged ..."): the name after the show's comma is the subject, not a state closing a
place the interviewer is of."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Water plan\n\nGovernor Elna Varrick defended her water plan in a radio interview on Thursday.\n\n"


def test_the_subject_after_the_interviewers_show_speaks():
    text = LEAD + (
        "Speaking with Tobin Marsh, host of Morning Line, Varrick also urged residents to “keep their "
        "patience a little longer.”\n"
    )
    assert speakers_of(text) == ["Elna Varrick"]


def test_a_city_and_its_state_after_an_affiliation_still_close_it():
    text = LEAD + (
        "“The reservoir is half empty,” said Dana Pruitt of Columbia, South Carolina, a hydrologist.\n"
    )
    assert speakers_of(text) == ["Dana Pruitt"]
