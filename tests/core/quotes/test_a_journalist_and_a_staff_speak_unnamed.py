"""An outlet's journalist no one names ("the Open Ledger journalist asks") and the staff of a place
("the front desk staff told Channel 9") are unnamed sources, as "the reporter" and "employees" are."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Hotel shelter\n\nGail Summers, a deputy clerk, spoke on a video posted on Monday.\n\n"


def test_an_outlets_journalist_asking_is_an_unnamed_source():
    text = (
        LEAD + "At another point, the Open Ledger journalist asks, “Then why hold public hearings at all?”\n"
    )
    assert speakers_of(text) == ["the Open Ledger journalist"]


def test_a_named_journalist_taken_up_as_the_journalist_still_speaks():
    text = (
        "Hotel shelter\n\nAda Holt, a journalist, met the mayor.\n\n"
        "“Then why hold public hearings at all?” the journalist asked.\n"
    )
    assert speakers_of(text) == ["Ada Holt"]


def test_a_front_desk_staff_is_an_unnamed_source():
    text = LEAD + "“We're a family here. Of course we will help,” the front desk staff told Channel 9.\n"
    assert speakers_of(text) == ["the front desk staff"]
