"""A quotation followed by "as", an unnamed source and a verb of saying ("“…,” as one colleague put
it") is that source's, over the sentence's own subject."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Dana Pell runs the harbor office in Westmoor.\n\n"


def test_as_one_colleague_put_it_names_the_colleague():
    text = (
        LEAD + "Friends said that she took the flood report hard, “carrying the whole town on her back,” "
        "as one colleague put it in an interview this week, and redoubled her efforts.\n"
    )
    assert speakers_of(text) == ["one colleague"]


def test_as_and_a_clause_of_no_saying_leaves_the_sentences_subject():
    text = LEAD + "Ada Holt said the plan was “a fine start for the town,” as the storm hit, and left.\n"
    assert speakers_of(text) == ["Ada Holt"]
