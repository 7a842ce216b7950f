"""A sentence holding the question's verb or noun with another name where the question has its
qualifier answers of another thing: "Ashworth scored for Rovers" is no answer to "Who scored for City?"."""

from __future__ import annotations

import pytest

from bot.core.article import parse_article
from bot.core.ask.candidates import content_words
from bot.core.ask.engine import answer_question
from bot.core.ask.qualifiers import priced_otherwise, qualified_otherwise
from bot.core.search.index import build_index
from tests.conftest import own_article


@pytest.fixture(scope="module")
def derby():
    return own_article("ask_derby_report.txt")


@pytest.fixture(scope="module")
def study():
    return own_article("ask_sleep_study.txt")


def test_the_other_teams_scorer_is_no_answer_to_who_scored_for_this_one(derby):
    result = answer_question(derby, "Who scored for City?")
    assert result.tier == 2


def test_the_scorer_for_the_team_asked_about_still_answers(derby):
    result = answer_question(derby, "Who scored for Rovers?")
    assert result.tier == 1
    assert "Dean Ashworth" in result.answer


def test_a_count_of_people_somewhere_else_is_no_answer_about_the_study(study):
    result = answer_question(study, "How many people were in the study?")
    assert result.tier == 2


def test_the_qualifier_written_out_is_no_other_name(study):
    # "chief executive of the British Heart Foundation" is the chief executive of the BHF.
    index = build_index(study)
    question = "Who is the chief executive of the BHF?"
    sentence = next(s for s in index.sentences if "chief executive" in s.text)
    assert not qualified_otherwise(index, question, content_words(index, question), [sentence])


@pytest.fixture(scope="module")
def results():
    return own_article("ask_one_line_results.txt")


def test_a_team_named_far_off_in_a_one_line_text_is_not_around_the_sentence(results):
    # The whole round-up is one paragraph: Corby's own goal is three sentences on, so "the only goal of
    # the game" at Oakham's match is no answer about the Corby game.
    assert answer_question(results, "Who scored the own goal in the Corby game?").tier == 2


def test_the_team_named_in_the_sentence_still_answers(results):
    result = answer_question(results, "Who scored the only goal in the Oakham game?")
    assert result.tier == 1
    assert "Dean Ashworth" in result.answer


GADGET = (
    "Handheld console reaches shops\n\n"
    "A new handheld games console goes on sale in Europe on Friday.\n\n"
    "Games for the Zappa are expected to cost between £19 and £29, the maker said.\n\n"
    "The two-screen device will sell for £99 in the UK and 149 euros in the rest of Europe.\n"
)


def test_the_price_of_what_the_thing_asked_about_qualifies_is_no_answer():
    result = answer_question(parse_article(GADGET), "How much does the Zappa cost?")
    assert result.tier == 2


def test_the_price_of_the_thing_itself_still_answers():
    assert not priced_otherwise("How much does the Zappa cost?", "The price of the Zappa is £99.")
    assert priced_otherwise("How much does the Zappa cost?", "Games for the Zappa cost £19.")


RACES = (
    "Runners line up by the sea\n\n"
    'In the port town of Harbour, Ana Ruiz is warmed up and ready to run. "I\'m running for my town," she '
    "says. Two weeks before this race, more than 20,000 runners took part in the Hillside Marathon.\n\n"
    "The Harbour Marathon started at the lighthouse and finished in the old square.\n\n"
    "Organisers said next year's race would start an hour earlier.\n"
)


def test_another_race_of_the_same_head_noun_is_no_answer_about_the_one_asked():
    # "the Hillside Marathon" is not "the Harbour Marathon", though both are marathons.
    result = answer_question(parse_article(RACES), "How many runners took part in the Harbour Marathon?")
    assert result.tier == 2


def test_the_race_named_in_the_sentence_still_answers():
    result = answer_question(parse_article(RACES), "How many runners took part in the Hillside Marathon?")
    assert result.tier == 1
    assert "20,000" in result.answer


@pytest.mark.parametrize(
    "sentence",
    [
        "More than 3,000 runners took part in Sunday's marathon.",
        "More than 3,000 runners took part in the Sunday marathon.",
        "More than 3,000 runners took part in the marathon.",
    ],
)
def test_a_day_or_no_name_before_the_head_noun_is_no_other_race(sentence):
    article = parse_article(f"Race day\n\nThe Harbour Marathon started at the lighthouse.\n\n{sentence}\n")
    index = build_index(article)
    question = "How many runners took part in the Harbour Marathon?"
    found = next(s for s in index.sentences if s.text == sentence)
    assert not qualified_otherwise(index, question, content_words(index, question), [found])
