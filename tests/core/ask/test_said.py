"""ask.said: "What did X say about Y?" answered with X's own quotation about Y, read from the quote
engine, and the ranking kept to sentences that mention X."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question
from bot.core.ask.said import what_was_said
from tests.conftest import own_article


def test_what_x_said_is_their_quotation():
    article = own_article("ask_lifeboat_quotes.txt")
    result = what_was_said(article, "What did Tait say about staying together?")
    assert result is not None and result.kind == "quote"
    assert "They phoned early and stayed together." in result.answer


def test_a_question_of_another_kind_is_left_to_the_ranking():
    article = own_article("ask_lifeboat_quotes.txt")
    assert what_was_said(article, "Where were the walkers rescued?") is None


def test_a_quotation_opening_with_she_said_brings_the_sentence_naming_her():
    article = parse_article(
        "Storm live\n\nThe first minister, Eluned Vaughan, chaired an emergency meeting in Cardiff. "
        'She said: "Please do not travel unless you must."\n\nFerries were cancelled for the day.\n'
    )
    answer = what_was_said(article, "What did the first minister say?").answer
    assert answer.startswith("The first minister, Eluned Vaughan, chaired")
    assert answer.endswith('She said: "Please do not travel unless you must."')


def test_reported_speech_holding_the_whole_topic_answers_when_no_quotation_does():
    article = parse_article(
        "Budget row\n\nMayor Ada Holt spoke to reporters on Monday. Holt told the Herald that nobody would "
        "question the council's honesty over the budget.\n\n"
        '"We have done our best," Holt said. "The roads will be fixed by June."\n'
    )
    answer = what_was_said(article, "What did Holt say nobody would question?").answer
    assert answer is not None and "the council's honesty" in answer


def test_a_quotation_too_long_to_show_is_cut_to_its_sentence_on_the_topic():
    opening = " ".join(f"We met the people of street number {n} and listened to them." for n in range(1, 7))
    article = parse_article(
        f'Roads plan\n\nThe mayor, Ada Holt, set out her plan on Monday.\n\n"{opening} You go street by '
        'street and you find the potholes that matter most," Holt said.\n'
    )
    answer = what_was_said(article, "What did Holt say about the potholes?").answer
    assert answer.startswith("“… ") and "you find the potholes that matter most" in answer


MAYOR_RACE = (
    "Mayor race\n\nAda Holt, the mayor, toured the harbour on Monday. Holt has strong support among the "
    "fishermen of the port, said Tom Reyes, a local councillor.\n\nThe election is in May.\n"
)


def test_what_x_said_is_not_answered_by_another_persons_words_about_x():
    result = answer_question(parse_article(MAYOR_RACE), "What did Holt say about the fishermen?")
    assert result.answer is None and "Tom Reyes" in result.passage.text


def test_what_x_said_is_answered_by_x_reporting_on_someone_else():
    result = answer_question(parse_article(MAYOR_RACE), "What did Reyes say about Holt?")
    assert result.answer is not None and "strong support among the fishermen" in result.answer


def test_an_answer_ending_inside_an_open_quotation_goes_on_to_its_next_sentence():
    article = parse_article(
        "Endorsement\n\nReyes had said he would not back Holt after the primary. But in a statement on "
        'Friday, Holt said: "I am honoured by the endorsement of Tom Reyes. He was a tough and brilliant '
        'rival." The two will campaign together in May.\n\nReyes lost the primary in March.\n'
    )
    result = answer_question(article, "What did Holt call Reyes in her statement?")
    assert result.answer.endswith('He was a tough and brilliant rival."')


def test_what_a_group_said_goes_on_in_the_sentence_opening_it_said():
    article = parse_article(
        "Harbour jobs\n\nThe port authority cut 200 jobs on Monday, its third cut this year.\n\n"
        "The dockers' union also seized on the figures. It said a further 300 workers were on short "
        "contracts and feared for their posts. Talks resume next week.\n"
    )
    result = answer_question(article, "What did the union say?")
    assert result.tier == 1
    assert "It said a further 300 workers" in result.answer
