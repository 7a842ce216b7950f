"""A word placing a thing in time before its noun says which thing: "the current capital" is not "the
new capital" a question asks about, nor "the former mayor" the current one."""

from __future__ import annotations

import pytest

from bot.core.article import parse_article
from bot.core.ask.confidence import contraries
from bot.core.ask.engine import answer_question
from bot.core.search.index import query_words

CAPITAL = (
    "Lorvania plans a new capital\n\n"
    "Lorvania is ready to leave Drava and build a shiny new capital if the government has its way. Fed up "
    "with smog and traffic, the government is working with a foreign developer. The yet-to-be-named city "
    "will spread out over 150 square miles and could eventually be home to 4 million people, the developers "
    "said on Friday. The current capital of Drava, while full of history and charm, is home to more than 9 "
    "million people, and living in and getting around the city can be maddening. The government says the "
    "idea is to ease congestion in Drava.\n"
)


def test_the_current_capital_is_no_answer_about_the_new_one():
    result = answer_question(parse_article(CAPITAL), "How many people could live in the new capital?")
    assert result.answer is None or "9 million" not in result.answer
    shown = result.answer or result.passage.text
    assert "4 million" in shown


def test_the_current_capital_still_answers_about_itself():
    result = answer_question(parse_article(CAPITAL), "How many people live in the current capital?")
    assert result.tier == 1
    assert "9 million" in result.answer


@pytest.mark.parametrize(
    ("question", "contrary"),
    [
        ("Who is the former mayor?", "current mayor"),
        ("Who is the new coach?", "outgoing coach"),
        ("What will the future stadium hold?", "existing stadium"),
    ],
)
def test_words_of_time_before_the_same_noun_are_contraries(question, contrary):
    found = contraries(query_words(question, {}))
    assert any(contrary in others for others in found.values())


def test_a_word_of_time_before_no_noun_has_no_contrary():
    assert not any(" " in key for key in contraries(query_words("What is new?", {})))
