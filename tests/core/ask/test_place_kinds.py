"""'Which Italian city ...?' asks for a place; the country the question names already ("Italy" for
"Italian") is no answer to it."""

from __future__ import annotations

from bot.core.ask.question import WHAT, WHERE, answer_type_score, classify


def test_a_kind_of_place_qualified_by_a_people_asks_for_a_place():
    assert classify("Which Italian city was the conference in?").kind == WHERE
    assert classify("What European country has the largest army?").kind == WHERE


def test_a_lower_case_word_before_a_kind_of_place_is_no_qualifier():
    # "What articles state ...": "state" is a verb here, "articles" no people.
    assert classify("What articles state that powers remain with the states?").kind == WHAT


def test_the_place_of_a_people_the_question_names_is_no_new_place():
    sentence = "He fell ill at a conference for new bishops in Italy last month."
    assert answer_type_score(WHERE, sentence, {"italian", "city", "conference"}) < 1.0
    assert answer_type_score(WHERE, sentence, {"city", "conference"}) == 1.0
