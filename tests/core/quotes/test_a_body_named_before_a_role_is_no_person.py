"""A capitalised name ending in a body's word with a lower-case role right after it ("deputy White
House press secretary") is the body the role serves, no person, so it never hides the person whose
apposition it is from the he or she after it."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "Senator Tom Harlow spoke at the Tarnwick forum on Tuesday.\n\n"
    "“We have to cut the budget before the winter session,” Harlow said.\n\n"
)


@pytest.mark.parametrize("body", ["White House", "Quillon House"])
def test_a_deputy_of_a_house_keeps_the_name_before_it_a_subject(body):
    text = (
        LEAD + f"Eric Lindqvist, deputy {body} press secretary, delivered a defense of the budget.\n\n"
        "“We do have sound principles that guide the governor,” he said."
    )
    assert speakers_of(text) == ["Tom Harlow", "Eric Lindqvist"]


def test_a_person_whose_surname_is_a_body_word_still_speaks():
    text = "Colonel Edward House spoke on Monday. “We do have sound principles,” House said."
    assert speakers_of(text) == ["Edward House"]
