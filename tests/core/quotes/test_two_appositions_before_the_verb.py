"""A name after a quotation may carry two appositions before its verb of saying ("“…,” Joseph Hale,
president of Harbor Fund, a security foundation, wrote"): the name still speaks, even when the
sentence runs on into a clause with a verb of saying of its own."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Uranium talks\n\nThe talks resumed in Vienna on Monday.\n\n"


def test_a_name_with_two_appositions_speaks():
    text = LEAD + (
        '"It is not a sprint," Joseph Hale, president of Harbor Fund, a security foundation, wrote.\n'
    )
    assert speakers_of(text) == ["Joseph Hale"]


def test_a_clause_after_the_verb_does_not_take_the_words():
    text = LEAD + (
        '"It is not a sprint," Joseph Hale, president of Harbor Fund, a security foundation, wrote on '
        "Monday in a thread that explains how much enriched uranium is required.\n"
    )
    assert speakers_of(text) == ["Joseph Hale"]


def test_a_second_apposition_naming_another_person_is_no_apposition():
    text = LEAD + (
        '"It is not a sprint," Joseph Hale, president of Harbor Fund, a group led by Ada Brill, wrote.\n'
    )
    assert speakers_of(text) != ["Ada Brill"]
