"""A sentence saying that what is asked is not known is the closest passage, not an answer."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

ARREST = (
    "Guard arrested\n\nPolice arrested the border guard Tomas Reyes on Tuesday in Port Vale. "
    "It was not immediately clear whether Reyes has a lawyer.\n\n"
    "Court papers do not specify the name of the gang but say it hid the fuel in a barn at Kell Farm.\n"
)


def test_a_sentence_saying_the_thing_asked_is_not_known_is_no_answer():
    result = answer_question(parse_article(ARREST), "Who is Reyes's lawyer?")
    assert result.tier == 2
    assert "not immediately clear" in result.passage.text


def test_a_sentence_that_answers_beyond_what_it_does_not_know_still_answers():
    result = answer_question(parse_article(ARREST), "Where did the gang hide the fuel?")
    assert result.tier == 1
    assert "Kell Farm" in result.answer
