"""An apposition whose closing comma the writer left out runs into the verb of saying, though a
comma comes later ("“…,” Greta Sollund, a Fenwick College political scientist wrote recently, in a
blog post")."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TITLE = "Donors\n\nSpending on county races in Marlow reached a record this year.\n\n"


def test_the_named_writer_speaks_past_the_unclosed_apposition():
    text = (
        TITLE
        + "“Candidates now answer to donors rather than voters,” Greta Sollund, a Fenwick College "
        + "political scientist wrote recently, in a blog post about the races.\n"
    )
    assert speakers_of(text) == ["Greta Sollund"]


def test_a_closed_apposition_still_reaches_its_verb():
    text = (
        TITLE
        + "“Candidates now answer to donors rather than voters,” Greta Sollund, a Fenwick College "
        + "political scientist, wrote recently in a blog post about the races.\n"
    )
    assert speakers_of(text) == ["Greta Sollund"]
