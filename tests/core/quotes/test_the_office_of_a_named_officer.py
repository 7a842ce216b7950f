"""`The Tarrow County prosecutor's office said ... ¶ “…,” the office said`: "the office" is the one office
of an officer the article names before it, as "the company" is the one company; with two such offices
named it stays "the office"."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

_QUOTED = "“We will follow the evidence wherever it leads,” the office said.\n"


def test_the_office_is_the_one_officers_office_named_before():
    text = "The Tarrow County prosecutor's office said on Monday it had opened an inquiry.\n\n" + _QUOTED
    assert speakers_of(text) == ["the Tarrow County prosecutor's office"]


def test_the_office_quoted_by_its_name_and_then_so_is_one_speaker():
    text = (
        "“No contract is above the law,” the state auditor’s office said in a statement.\n\n"
        "The auditor took office in May.\n\n" + _QUOTED
    )
    assert speakers_of(text) == ["the state auditor’s office"] * 2


def test_the_office_inside_a_longer_phrase_is_named_from_its_own_determiner():
    text = "Ada Crane, the head of the state auditor's office, met the mayor on Monday.\n\n" + _QUOTED
    assert speakers_of(text) == ["the state auditor's office"]


def test_two_offices_named_leave_the_office_as_it_is():
    text = (
        "The Tarrow County prosecutor's office and the state auditor's office both opened inquiries.\n\n"
        + _QUOTED
    )
    assert speakers_of(text) == ["the office"]
