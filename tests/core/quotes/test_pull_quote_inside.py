"""A pull-quote repeated between two paragraphs of one quotation (how Daily Mail exports run a
caption into the story) does not end that quotation: the paragraphs after it keep its speaker."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

_STORY = (
    "Explaining how the project began, Mrs Harlow said: 'The name is not something I chose lightly. "
    "There is a very personal story behind it, and I would like to share how it all began. "
    "Mrs Harlow said: 'The name is not something I chose lightly. There is a very personal story "
    "behind it' The pictures were taken by the photographer in Leeds . "
    "'It started with a woman named Joan who lived alone with her old dog in a flat near the park. "
    "'She told me the dog had kept her going through the worst winter of her life."
)


def test_the_paragraph_after_the_repeated_pull_quote_keeps_the_speaker():
    assert speakers_of(_STORY)[-2] == "Harlow"


def test_the_paragraphs_after_that_keep_it_too():
    assert speakers_of(_STORY)[-1] == "Harlow"


def test_a_closed_quotation_before_the_repeat_is_not_continued():
    closed = _STORY.replace("how it all began. Mrs", "how it all began.' Mrs")
    assert speakers_of(closed)[-2] is None


def test_a_pull_quote_the_body_repeats_as_the_second_piece_of_a_quotation_is_the_body_speakers():
    text = (
        "The city council voted on Tuesday to close the old ferry pier.\n\n"
        "“We cannot keep patching a pier that the sea is taking back piece by piece.”\n\n"
        "The pier, built in 1931, carries about 4,000 passengers a day in summer.\n\n"
        "“The sea decides, not us,” said Gwen Holt, who chairs the works committee. “We cannot keep "
        "patching a pier that the sea is taking back piece by piece.”\n"
    )
    assert speakers_of(text) == ["Gwen Holt", "Gwen Holt"]
