"""'What is the hotline number?' asks for the number itself: a sentence saying only that there is one
("published a hotline number for stranded drivers") is relevant, but no answer."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question
from bot.core.ask.question import lacks_the_number

FLOODS = parse_article(
    "Title: Flood line opens\n\n"
    "The county published a hotline number for residents whose homes were flooded.\n\n"
    "Crews pumped water from the basement of the library on Monday.\n"
)


def test_a_sentence_saying_only_that_there_is_a_number_does_not_give_it():
    result = answer_question(FLOODS, "What is the hotline number?")
    assert result.answer is None
    assert "hotline number" in result.passage.text


def test_a_figure_gives_the_number_asked():
    assert not lacks_the_number("What is the hotline number?", "The hotline number is 0800 555 0199.")
    assert lacks_the_number("What was the flight number?", "The flight number was not released.")
    assert not lacks_the_number("What was the number of deaths?", "No figure was given.")
