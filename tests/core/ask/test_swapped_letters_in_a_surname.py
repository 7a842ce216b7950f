""" "who is satyendra jian?" asks about the article's "Satyendra Jain": a surname typed with two neighbouring
letters swapped, after the given name the article writes before it, is that person (a short word has no typo
budget of its own). After another given name, or with other letters changed, it stays missing."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

_TEXT = (
    "Kelby hotel fire\n\n"
    "Fire crews were called to the Harbour hotel in Kelby early on Tuesday.\n\n"
    'Marta Vane, the city\'s home minister, said "This hotel had been built up to six floors."\n'
)


def test_a_surname_with_two_letters_swapped_after_its_given_name_is_that_person():
    result = answer_question(parse_article(_TEXT), "who is marta vnae?")
    assert result.missing == ()
    assert result.answer is not None and "home minister" in result.answer


def test_a_swapped_surname_after_another_given_name_is_missing():
    assert answer_question(parse_article(_TEXT), "who is tom vnae?").tier == 3
