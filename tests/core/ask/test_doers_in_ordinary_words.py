"""ask: "Who VERB ...?" answered by the subject of that verb in ordinary words ("The council will pay"),
not only by a capitalised name; a word of the verb used as a noun ("the pay rise") names no doer."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question
from bot.core.ask.subjects import names_the_doer

ROOF = parse_article(
    "Title: Roof repairs for Marbury library\n\n"
    "The roof of Marbury library will be replaced next spring after storms damaged it in January, "
    "officials said on Tuesday.\n\n"
    "The council will pay for the new roof, which is expected to cost about £400,000. Work will begin "
    "in April and last ten weeks.\n\n"
    "Librarian Olwen Prys said readers could borrow books from a van parked outside.\n"
)
SNOW = parse_article(
    "Title: Snow closures in Dunmere\n\n"
    "Schools across Dunmere could close on Friday if heavy snow arrives as forecast, the county said.\n\n"
    "Head teachers decide whether schools close, after checking roads and heating with caretakers "
    "early in the morning.\n\n"
    "Parents will be told by text message before 7.30am.\n"
)


def test_the_payer_in_ordinary_words_answers_who_will_pay_for_it():
    answer = answer_question(ROOF, "Who will pay for it?")
    assert answer.tier == 1 and answer.answer.startswith("The council will pay for the new roof")


def test_the_decider_in_ordinary_words_answers_who_decides():
    answer = answer_question(SNOW, "Who decides whether schools close?")
    assert answer.tier == 1 and answer.answer.startswith("Head teachers decide whether schools close")


def test_a_word_of_the_verb_used_as_a_noun_names_no_doer():
    assert not names_the_doer("Who will pay for it?", "The pay rise for nurses was agreed on Monday.")


def test_the_verb_in_the_passive_names_no_doer():
    assert not names_the_doer("Who will pay for it?", "The roof will be paid for next year.")


def test_one_of_a_kind_unnamed_names_no_doer():
    assert not names_the_doer("Who won the race?", "The crowd saw one rider win the race.")


def test_a_subject_the_question_names_itself_is_no_answer():
    assert not names_the_doer("Who pays the council?", "The council pays the builders.")


def test_a_deed_done_to_nothing_names_no_doer():
    assert not names_the_doer("Who found the wallet?", "Divers found no trace of the boat.")
