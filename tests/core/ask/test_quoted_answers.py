"""An answer taken from inside a quotation reads as that quotation: its marks closed, its speaker named."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question
from bot.core.ask.quoted import as_quotation

RESERVOIR = (
    "Reservoir repairs delayed\n\n"
    "The county water board voted on Monday to postpone repairs to the Kellan Reservoir dam.\n\n"
    "Engineer Priya Natarajan was unhappy with the vote. "
    '"The spillway gates are 62 years old. They will not last another winter," she told the board.\n\n'
    "Board chair Owen Treacy said, “The money is not there this year.”\n"
)


def answer(question: str) -> str:
    result = answer_question(parse_article(RESERVOIR), question)
    assert result.tier == 1
    return result.answer


def test_a_sentence_opening_a_quotation_gets_its_closing_mark_and_speaker():
    assert answer("How old are the spillway gates?") == (
        'Priya Natarajan said: "The spillway gates are 62 years old."'
    )


def test_a_sentence_closing_a_quotation_gets_its_opening_mark():
    text = 'Nobody drives a car that old," she said.'
    assert as_quotation(parse_article(RESERVOIR), 3, text) == '"' + text


def test_marks_of_two_styles_pair_up():
    text = '"The money is not there,” Treacy said.'
    assert as_quotation(parse_article(RESERVOIR), 4, text) == text


def test_a_sentence_that_names_its_speaker_is_shown_as_written():
    assert (
        answer("Who said the money is not there?")
        == "Board chair Owen Treacy said, “The money is not there this year.”"
    )


def test_an_inch_mark_is_no_quotation_mark():
    text = 'The new pipes are 48" wide and 6\'2" tall.'
    assert as_quotation(parse_article(RESERVOIR), 2, text) == text
