"""A nationality before a person noun ("an Austrian doctor") describes that person: a later "the
Austrian said" refers back to someone named, not to the doctor."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_the_nationality_is_not_the_unnamed_person_it_described_earlier():
    text = (
        "Peter Brandl says he has been suspended for six months after a failed test.\n\n"
        "Brandl believes a cream given to him by a German doctor is to blame. “I have done nothing "
        "wrong,” the 25-year-old German said in a statement.\n"
    )
    assert speakers_of(text) == ["Peter Brandl"]


def test_a_role_introduced_with_a_still_means_that_unnamed_person():
    text = (
        "A man was arrested after a break-in on Monday.\n\n"
        "A police spokesman said the door had been forced. “It was a mess,” the spokesman said.\n"
    )
    assert speakers_of(text) == ["a police spokesman"]
