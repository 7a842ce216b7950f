""" "What will his fourth book be called?" asks for a name: a sentence with no word of naming and no
quotation ("A fourth, also written with his wife, is due out in May.") gives none, whatever it matches."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.calls import asks_what_called, may_say_what_called
from bot.core.ask.engine import answer_question

SPY = parse_article(
    "Former spy Tom Reyes dies at 78\n\n"
    "Tom Reyes, a former spy who later wrote about his work, has died aged 78.\n\n"
    "He is survived by his wife, Ada, and two sons. He wrote three books, one with his wife. A fourth, "
    "also written with Ada Reyes, is due out in May.\n"
)


def test_a_name_asked_in_the_passive_needs_a_naming():
    question = "What will his fourth book be called?"
    assert asks_what_called(question)
    assert not may_say_what_called(question, ["A fourth, also written with Ada Reyes, is due out in May."])
    assert may_say_what_called(question, ["His fourth book, titled Harbour Lights, is due out in May."])
    assert answer_question(SPY, question).answer is None


def test_other_what_questions_are_not_asking_a_name():
    assert not asks_what_called("What will his fourth book be about?")
