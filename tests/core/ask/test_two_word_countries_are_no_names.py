""" "What is the judge's name?" is not answered by a sentence whose only capitalised words are a country
written in two words ("a federal judge in Norland ruled the United States government's ..."): neither word is
a place by itself, yet together they name no judge. A sentence naming the judge answers."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question
from bot.core.ask.question import NAME, answer_type_score

_TEXT = (
    "On Friday, a federal judge ruled the United States government's ferry levy is unlawful.\n\n"
    "The government asked Judge Ana Lobo to delay her ruling on the levy, but she declined.\n"
)


def test_a_two_word_country_is_no_name_of_a_person():
    text = "On Friday, a federal judge ruled the United States government's ferry levy is unlawful."
    assert answer_type_score(NAME, text, {"judge", "name"}) == 0.0
    assert answer_type_score(NAME, "Judge Ana Lobo ruled on Friday.", {"judge", "name"}) == 1.0


def test_the_sentence_naming_the_judge_answers():
    answer = answer_question(parse_article(_TEXT), "What is the judge's name?").answer
    assert answer is not None and "Ana Lobo" in answer
