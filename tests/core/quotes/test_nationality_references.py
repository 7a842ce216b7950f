"""A nationality noun referring back ("the Italian told reporters") is never someone the article
describes by another nationality ("the club's French chairman"), however recently named."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_nationality_noun_skips_a_person_of_another_nationality():
    text = (
        "Coach Enzo Ravelli has left Harwick Rovers after two seasons.\n\n"
        "The club's French chairman, Luc Marchetaux, thanked him on Tuesday.\n\n"
        "“We have done nothing wrong,” the Italian told reporters.\n"
    )
    assert speakers_of(text) == ["Enzo Ravelli"]


def test_a_nationality_noun_still_means_the_person_of_that_nationality():
    text = (
        "Italian coach Enzo Ravelli has left Harwick Rovers after two seasons.\n\n"
        "The club's chairman, Luc Marchetaux, thanked him on Tuesday.\n\n"
        "“We have done nothing wrong,” the Italian told reporters.\n"
    )
    assert speakers_of(text) == ["Enzo Ravelli"]


def test_a_briton_may_be_a_person_described_by_a_nation_of_britain():
    text = (
        "The club's Welsh chairman, Owain Pritchard, met the Italian coach, Enzo Ravelli, on Tuesday.\n\n"
        "“We are not selling the club,” the Briton told reporters.\n"
    )
    assert speakers_of(text) == ["Owain Pritchard"]
