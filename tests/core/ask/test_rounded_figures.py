"""A figure typed rounded or with its scale written another way ("445bn" for the article's "$445.1bn",
"445 billion") is the article's figure, never "The article doesn't mention 445bn"; a figure it never
gives still is missing."""

from __future__ import annotations

import pytest

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question


@pytest.fixture(scope="module")
def exports():
    return parse_article(
        "Title: Exports hit record\n\nThe region's exports reached $445.1bn in 2004, the trade bank "
        "said.\n\nImports rose more slowly, to 3.2 million tonnes of grain.\n"
    )


def test_a_rounded_figure_is_the_articles(exports):
    result = answer_question(exports, "who said exports reached 445bn")
    assert result.tier != 3
    assert "trade bank" in (result.answer or result.passage.text)


def test_a_scale_written_out_is_the_articles_glued_one(exports):
    result = answer_question(exports, "Did exports reach 445 billion?")
    assert result.tier != 3


def test_a_figure_the_article_never_gives_is_missing(exports):
    result = answer_question(exports, "Did exports reach 500bn?")
    assert result.tier == 3
    assert result.missing == ("500bn",)
