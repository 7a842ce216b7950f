"""Two or three people speaking as one ("the couple wrote", "said the pair") are an unnamed source,
as "the family" and "the organisers" are."""

from __future__ import annotations

from tests.core.quotes.speakers import kinds_of, speakers_of

_LEAD = "Tom and Ann Reed married in June.\n\n"


def test_the_couple_after_its_quotation_speaks_it():
    text = _LEAD + "“We won a dessert-making competition,” the couple writes on their wedding website.\n"
    assert speakers_of(text) == ["the couple"]
    assert kinds_of(text) == {"the couple": "unnamed"}


def test_the_pair_after_an_inverted_verb_speaks_it():
    text = _LEAD + "“We are so happy together,” said the pair.\n"
    assert speakers_of(text) == ["the pair"]
