"""'When was X?' is not answered by a sentence that only places something during X: the preposition
before the asked event itself dates nothing."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question
from bot.core.ask.question import WHEN, answer_type_score
from tests.conftest import own_article


def test_a_sentence_set_during_the_asked_event_does_not_say_when_it_was():
    article = own_article("ask_town_meeting.txt")
    result = answer_question(article, "When was the council meeting?")
    assert result.tier == 2
    assert "During a packed council meeting" in result.passage.text


def test_during_an_event_the_question_does_not_ask_about_is_a_time():
    assert answer_type_score(WHEN, "During the storm, the roof fell in.", {"roof", "fell"}) > 0.5


def test_a_span_before_the_asked_event_dates_something_by_it():
    text = "Two decades after the mill closed, the town is still poor."
    assert answer_type_score(WHEN, text, {"mill", "closed"}) > 0.5


def test_a_date_inside_the_asked_event_is_kept():
    text = "She was hurt during her arrest last year."
    assert answer_type_score(WHEN, text, {"arrest"}) == 1.0


def test_when_an_event_was_held_is_when_the_article_dates_it():
    # "held" is how a question asks for an event's time; the article dates the event without it.
    result = answer_question(own_article("ask_harbour_cinema.txt"), "When was the public meeting held?")
    assert result.tier == 1
    assert "Thursday night" in result.answer


FUTURE_MEETING = (
    "Title: Candidate quits\n\n"
    "A council candidate has resigned after admitting a brief link to a fringe group.\n\n"
    "Tom Reyes quit after reports in a newspaper that he attended a fringe group meeting. "
    "A party spokesman said the resignation followed disclosures in the Harbour Gazette last month "
    'about his attendance at a fringe group meeting. "He did once attend a fringe group meeting. He '
    'will take no further part in it," the spokesman added. A meeting of local members is to be '
    "held next week to pick a new candidate.\n"
)


def test_a_question_about_what_will_happen_is_not_answered_by_a_time_already_past():
    result = answer_question(parse_article(FUTURE_MEETING), "When will the meeting be held?")
    assert result.tier == 1
    assert "next week" in result.answer


def test_a_time_already_past_answers_when_something_happened():
    result = answer_question(parse_article(FUTURE_MEETING), "When did the reports appear?")
    assert "last month" in (result.answer or result.passage.text)


def test_an_event_asked_of_in_the_present_tense_is_one_still_to_be_held():
    result = answer_question(parse_article(FUTURE_MEETING), "When is the meeting?")
    assert result.tier == 1
    assert "next week" in result.answer
