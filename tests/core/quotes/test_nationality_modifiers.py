"""A nationality before a person noun ("an Austrian doctor") describes that person: a later "the
Austrian said" refers back to someone named, not to the doctor."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_the_nationality_is_not_the_unnamed_person_it_described_earlier():
    text = (
        "Stefan Koubek says he has been banned for three months after a failed test.\n\n"
        "Koubek believes an injection given to him by an Austrian doctor is to blame. “I have acted "
        "correctly,” the 27-year-old Austrian said in a statement.\n"
    )
    assert speakers_of(text) == ["Stefan Koubek"]


def test_a_role_introduced_with_a_still_means_that_unnamed_person():
    text = (
        "A man was arrested after a break-in on Monday.\n\n"
        "A police spokesman said the door had been forced. “It was a mess,” the spokesman said.\n"
    )
    assert speakers_of(text) == ["a police spokesman"]
