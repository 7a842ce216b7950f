"""'When was X born?' / 'When did X die?' is answered by a date beside the birth or the death: a sentence
naming X with another date dates something else."""

from __future__ import annotations

from bot.core import api
from bot.core.ask.question import WHEN, answer_type_score
from tests.conftest import own_article


def test_a_date_of_something_else_the_person_did_does_not_say_when_they_were_born():
    article = own_article("ask_harbour_board.txt")
    reply = api.ask(article, "In what year was Tobias Aldous Fenwick-Halloran born?")
    assert reply.answer is None


def test_the_same_date_still_answers_what_it_dates():
    article = own_article("ask_harbour_board.txt")
    reply = api.ask(article, "In what year did Tobias Fenwick-Halloran found the sailing club?")
    assert reply.answer is not None and "1998" in reply.answer


def test_a_birth_or_death_written_out_or_as_a_lifespan_is_a_time():
    assert answer_type_score(WHEN, "Ames was born in Leith in 1931.", {"ames", "born"}) == 1.0
    assert answer_type_score(WHEN, "The painter Ames (1931-2004) lived here.", {"ames", "died"}) == 1.0
    assert answer_type_score(WHEN, "Ames died in 2004.", {"ames", "born"}) == 0.0
