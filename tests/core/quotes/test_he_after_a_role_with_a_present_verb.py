"""A he opening the next paragraph means the person a definite role stands for when the sentence
before opens on that role and a present verb ("the president seems to be bracing for defeat"), not
the person quoted before."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "Budget week\n\nPresident Alan Royce is facing a difficult week.\n\n"
    "Paul Greer, a former party chairman, said that if the budget fails, “the blame will land squarely "
    "on the president.”\n\n"
)
AFTER = "In a radio appearance, he blamed the Senate leader, adding that it “looks like we will lose.”\n"


def test_he_after_the_role_with_seems_is_the_role_holder():
    text = LEAD + "On the budget, the president seems to be bracing for defeat.\n\n" + AFTER
    assert speakers_of(text)[1:] == ["Alan Royce"]


def test_he_after_the_role_with_is_is_the_role_holder():
    text = LEAD + "On the budget, the president is bracing for defeat.\n\n" + AFTER
    assert speakers_of(text)[1:] == ["Alan Royce"]
