"""In copy that quotes in double marks, a paragraph of a few words in single marks and nothing else
is a section's heading even when it ends as a sentence or a question ("‘Who will fix the roads?’"):
no quotation, so the speaker of the paragraph before does not speak it. In copy that quotes in single
marks such a paragraph is still a quotation."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Centrist members of the Harbor Party met in Ellisford this week to plan for next year's election.\n\n"


def test_a_question_in_single_marks_alone_is_a_heading():
    text = LEAD + (
        "“We cannot win with slogans and promises we cannot pay for,” said Alma Redfern, a senator.\n\n"
        "‘Who will fix the roads?’\n\n"
        "The mood at the retreat swung from hope to worry as speakers traded polling numbers.\n"
    )
    assert speakers_of(text) == ["Alma Redfern"]


def test_a_sentence_in_single_marks_alone_is_a_heading():
    text = LEAD + (
        "“We cannot win with slogans and promises we cannot pay for,” said Alma Redfern, a senator.\n\n"
        "‘Relationships that last.’\n\n"
        "The mood at the retreat swung from hope to worry as speakers traded polling numbers.\n"
    )
    assert speakers_of(text) == ["Alma Redfern"]


def test_in_copy_quoting_in_single_marks_a_question_alone_stays_a_quotation():
    text = LEAD + (
        "‘We cannot win with slogans and promises we cannot pay for,’ said Alma Redfern, a senator.\n\n"
        "‘Who will fix the roads?’\n\n"
        "The mood at the retreat swung from hope to worry as speakers traded polling numbers.\n"
    )
    assert speakers_of(text) == ["Alma Redfern", "Alma Redfern"]
