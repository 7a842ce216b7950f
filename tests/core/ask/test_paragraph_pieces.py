"""A one-line article's closest passage: the window around the best candidate, narrowed so that the
next-ranked candidate further off in the same (only) paragraph shows too, apart."""

from __future__ import annotations

import pytest

from bot.core import constants
from bot.core.article import parse_article
from bot.core.ask.engine import answer_question
from bot.core.ask.excerpts import SEPARATOR, pieces
from tests.conftest import TEST_ARTICLES, own_article

# A what-question: for "When will ...?" the dated reopening ranks first (the sentence about the stone
# for the castle walls holds no time: confidence.FEATURES' lacks_kind).
QUESTION = "What will the reopened quarry supply?"


@pytest.fixture(scope="module")
def quarry():
    return own_article("ask_one_line_quarry.txt")


def test_a_one_line_articles_passage_shows_the_runner_up_far_off_in_the_paragraph(quarry):
    assert len(quarry.paragraphs) == 1
    result = answer_question(quarry, QUESTION)
    assert result.tier == 2
    # The best candidate (the stone for the castle walls) ends the article; the runner-up, the
    # reopening, opens it about 2,000 characters before: before, the window around the best left it out.
    assert "repair the walls of Aldwick castle" in result.passage.text
    assert "will reopen next spring" in result.passage.text
    assert SEPARATOR in result.passage.text
    assert len(result.passage.text) <= constants.ASK_PASSAGE_CHARS


def test_an_article_of_several_paragraphs_keeps_one_window_its_also_lines_show_the_rest():
    text = (TEST_ARTICLES / "ask_one_line_quarry.txt").read_text("utf-8")
    article = parse_article(text + "\n\nThe council meets again in March.\n")
    assert len(article.paragraphs) == 2
    result = answer_question(article, QUESTION)
    assert result.tier == 2
    assert SEPARATOR not in result.passage.text


def test_pieces_that_do_not_fit_the_limit_are_not_shown():
    text = "One two. " * 40 + "Far away here."
    sentences = [(i * 9, i * 9 + 8) for i in range(40)] + [(360, 374)]
    assert pieces(text, sentences, [(0, 8)], [[(360, 374)]], 60) is not None
    assert pieces(text, sentences, [(0, 8)], [[(360, 374)]], 20) is None
