"""A quotation opening in lower case right after a person's name, in a sentence that no verb of
saying tells ("That Sorrell “knowingly allowed ...”", "So doing, Sorrell “exposed ...”"), is the
predicate of a sentence about that person, quoted from a charge or a finding: no one speaks it, and
"That" or "So" before the name is no title making the name a label. With a verb of saying the words
stay the teller's."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "The Port Alden city council on Tuesday approved two charges of misconduct against harbor master "
    "Glen Sorrell.\n\n"
    "The first charge is titled “Neglect of Duty.” What does it allege?\n\n"
)


def test_a_predicate_quoted_after_that_and_a_name_is_no_ones():
    text = LEAD + "That Sorrell “knowingly allowed unlicensed vessels to moor at the public docks.”\n"
    assert speakers_of(text) == [None]


def test_a_predicate_quoted_after_an_opening_phrase_and_a_name_is_no_ones():
    # The sentence before, about him too, quotes words no guess should carry on to the predicate.
    text = LEAD + (
        "Sorrell held back $80,000 in “urgent repairs to the storage tanks.” So doing, Sorrell “exposed "
        "the harbor and its neighbors to a serious risk of fire.”\n"
    )
    assert speakers_of(text)[-1] is None


def test_a_predicate_quoted_after_a_name_in_a_told_sentence_stays_the_tellers():
    text = LEAD + (
        "Council president Ines Maldonado said that Sorrell “exposed the harbor and its neighbors to a "
        "serious risk of fire.”\n"
    )
    assert speakers_of(text) == ["Ines Maldonado"]
