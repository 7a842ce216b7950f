"""A possessed noun of speech with a describing word between its owner and itself ("including her
startling assertion that the dockers were having “a wonderful holiday”") gives the quoted words to
the one its "her" or "his" means: a person its own sentence names before it, ahead of the sentence's
teller of another gender. A he or she is never the unnamed person the sentence before brought in
when its own sentence names, before it, someone it may mean; with no one named there, it is."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "Harbour\n\nDeputy Mayor Colin Ashgrove has spent the week smoothing over his boss’s comments, aides"
    " say.\n\n“This is an ordinary week for Colin,” said a former city hall official.\n\n"
)


def test_words_of_her_assertion_are_the_woman_named_before_it():
    text = (
        LEAD
        + "“The recovery starts today,” Ashgrove had said, jumping in after his boss, Mayor Renata Quill,"
        " spent an hour on the figures, including her startling assertion that the dockers were having"
        " “a wonderful holiday.”\n"
    )
    assert speakers_of(text) == ["a former city hall official", "Colin Ashgrove", "Renata Quill"]


def test_a_he_after_the_teller_named_in_its_sentence_is_the_teller():
    text = (
        LEAD
        + "“The recovery starts today,” Ashgrove had said, jumping in after his boss, Mayor Renata Quill,"
        " spent an hour on the figures, and he added that the dockers deserved “a fair deal.”\n"
    )
    assert speakers_of(text) == ["a former city hall official", "Colin Ashgrove", "Colin Ashgrove"]


def test_a_he_opening_its_sentence_after_an_unnamed_person_is_that_person():
    text = LEAD + (
        "One dock worker was walking home past city hall on Friday. He said the strike was “a fair fight"
        " for fair pay.”\n"
    )
    assert speakers_of(text) == ["a former city hall official", "one dock worker"]
