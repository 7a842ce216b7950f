"""Questions about the article as a whole get its key sentence; questions that name nothing get the
remedy, never a flat "The article doesn't say"."""

from __future__ import annotations

import pytest

from bot.core import api, constants
from bot.core.article import parse_article
from bot.core.ask.engine import answer_question
from bot.core.ask.gist import NAMES_NOTHING
from bot.core.errors import QueryError
from bot.core.summary import summarize
from tests.conftest import own_article

FERRY = parse_article(
    "Ferry strike ends\n\n"
    "Ferry crews on the Lorne crossing returned to work on Tuesday after a four-day strike over pay "
    "ended with a 6% rise.\n\n"
    "The operator, Clydemar, said services would run to the normal timetable from Wednesday.\n\n"
    "Union organiser Rhona Baird said the crews had won what they asked for.\n"
)


@pytest.mark.parametrize(
    "question",
    ["What happened?", "what's this about", "What is the story?", "tl;dr", "Tell me more", "summary please"],
)
def test_a_question_about_the_whole_article_gets_its_key_sentence(question):
    result = answer_question(FERRY, question)
    assert result.kind == "gist"
    assert result.answer.startswith("Ferry crews on the Lorne crossing returned to work")
    assert result.sources[0].paragraph == 1  # the headline is the title, not a paragraph


def test_a_question_about_what_happened_somewhere_is_ranked_as_usual():
    result = answer_question(FERRY, "What happened on Wednesday?")
    assert result.kind != "gist"


@pytest.mark.parametrize("question", ["Why?", "Who is he?", "When was it?", "What is it?"])
def test_a_question_that_names_nothing_is_refused_with_what_to_add(question):
    with pytest.raises(QueryError) as refused:
        api.ask(FERRY, question)
    assert str(refused.value) == NAMES_NOTHING


def test_the_engine_declines_a_question_that_names_nothing_without_raising():
    result = answer_question(FERRY, "Why?")
    assert result.tier == 3
    assert result.missing == ()


def test_the_gist_is_the_first_sentence_the_summary_shows():
    # The top-scored sentence alone is a detail further down this article.
    article = own_article("search_grain_strike.txt")
    assert summarize(article, 1).sentences[0] != summarize(article, 3).sentences[0]
    result = answer_question(article, "What happened?")
    assert result.answer == summarize(article, constants.SUMMARY_DEFAULT_SENTENCES).sentences[0].text


def test_where_is_this_from_is_a_question_about_the_article_not_one_naming_nothing():
    article = parse_article("Fares rise\n\nLISBON (Reuters) - The city raised tram fares on Thursday.\n")
    assert api.ask(article, "Where is this from?").answer == "LISBON (Reuters)"
