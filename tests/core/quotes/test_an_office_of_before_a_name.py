"""Role words before a name after a quotation may end on the office a title holds ("“…,” Transport
Ministry Director of Public Affairs Maria Delgado Ruiz said") (issue 11)."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

_LEAD = "Former port chief Tom Brandt told the council he had asked the ministry for more money.\n\n"


def test_a_director_of_an_office_after_a_ministry_speaks():
    text = _LEAD + (
        "“He did not ask.....No money. No staff,” Transport Ministry Director of Public Affairs Maria "
        "Delgado Ruiz said, expressing frustration with the accounts citing unnamed sources. “It is "
        "totally false.”\n"
    )
    assert speakers_of(text) == ["Maria Delgado Ruiz", "Maria Delgado Ruiz"]


def test_of_after_a_lower_case_word_opens_no_office():
    text = _LEAD + "“He did not ask. No money. No staff,” most of the port staff Maria Ruiz met said.\n"
    assert speakers_of(text) != ["Maria Ruiz"]
