""" "When is the race?" asks when the race still to come is: "The 2019 race was stopped for an hour"
tells of another one, named by its year, and dates nothing asked."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

CUP = parse_article(
    "Rain threatens Harlow Cup\n\n"
    "Kerry Dane will start Saturday's Harlow Cup from the front after a wet qualifying session.\n\n"
    "Forecasters expect more heavy rain across the circuit this weekend.\n\n"
    "The 2019 race was stopped for an hour after a storm flooded the pit lane.\n\n"
    "Dane, 24, has won twice this season.\n"
)
ANOTHER_YEAR = "The 2019 race was stopped for an hour after a storm flooded the pit lane."


def test_when_the_event_is_is_not_answered_by_another_years_instance():
    assert answer_question(CUP, "When is the race?").answer != ANOTHER_YEAR


def test_a_question_naming_that_year_is_answered_by_it():
    assert answer_question(CUP, "When was the 2019 race stopped?").answer == ANOTHER_YEAR


def test_a_question_in_the_past_is_answered_by_the_instance_the_article_tells_of():
    assert answer_question(CUP, "When was the race stopped?").answer == ANOTHER_YEAR
