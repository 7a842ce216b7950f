"""A staff role no one is named as ("the aide stated") means the one staffer its own sentence names
before it ("an email from city budget adviser Daniel Okafor in which the aide stated"); with none
named there it stays an unnamed source."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "The dispute over the harbor budget turned personal this week.\n\n"


def test_the_aide_after_a_named_adviser_in_its_sentence_is_that_adviser():
    text = (
        LEAD + "Reporter Lena Marsh received an email from city budget adviser Daniel Okafor in which the "
        "aide stated, “I really think you should reconsider what you wrote about the fund.”\n"
    )
    assert speakers_of(text) == ["Daniel Okafor"]


def test_the_aide_with_no_staffer_in_its_sentence_stays_unnamed():
    text = (
        LEAD + "Reporter Lena Marsh received an email from the mayor's office in which the aide stated, "
        "“I really think you should reconsider what you wrote about the fund.”\n"
    )
    assert speakers_of(text) == ["the aide"]
