"""A role noun written as a compound of one ("neurosurgeon", "neuroscientist") refers back to the
person named with it, as "the surgeon" does."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_compound_role_noun_refers_back_to_its_holder():
    text = (
        "Paul Danner, a retired neurosurgeon, has criticised the hospital board for months.\n\n"
        "The retired neurosurgeon addressed his concerns in another interview on Tuesday, remarking "
        "that he did not feel “this is a very difficult question.”\n"
    )
    assert speakers_of(text) == ["Paul Danner"]


def test_a_compound_role_noun_after_a_quotation_refers_back():
    text = (
        "Ada Lintz, a neuroscientist at the university, studied the data for a year.\n\n"
        "“The results surprised all of us,” the neuroscientist said.\n"
    )
    assert speakers_of(text) == ["Ada Lintz"]
