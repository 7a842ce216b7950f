"""`ask` answers from the story: a headline is the article's title, never an answer sentence."""

from __future__ import annotations

from bot.core import api
from tests.conftest import own_article


def test_question_worded_like_the_headline_is_answered_from_the_story():
    article = own_article("headline_title_case.txt")
    result = api.ask(article, "Who quit?")
    shown = result.answer or (result.passage.text if result.passage else "")
    assert "Six aides to Mayor Ada Holt resigned on Tuesday" in shown
    assert "Aides Quit" not in shown


def test_question_about_the_deck_is_answered_from_the_story():
    article = own_article("headline_sentence_case.txt")
    result = api.ask(article, "What did engineers say about repairs?")
    shown = result.answer or (result.passage.text if result.passage else "")
    assert "Repairs would cost more" not in shown
    assert "engineers found its timber piles rotten" in shown


def test_question_worded_like_a_sentence_case_headline_is_answered_from_the_story():
    article = own_article("headline_court_ruling.txt")
    result = api.ask(article, "Which court ruled against Dunmore?")
    assert result.answer is not None
    assert result.answer.startswith("A federal appeals court ruled on Friday")
