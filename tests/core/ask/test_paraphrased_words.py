"""A question word the article never writes, whose meaning it gives in other words, is no missing
thing: "exempt" is said by "apart from", "accused" by "allegedly"; "the writer" of a column is the
one who wrote it, whom the article need not name."""

from __future__ import annotations

import pytest

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question


@pytest.fixture(scope="module")
def permits():
    return parse_article(
        "Title: New fishing permits\n\nNew rules on fishing permits come into force on the river next "
        "month.\n\nFrom May, all visiting anglers, apart from citizens of Norway or Iceland, must "
        "buy a permit costing £20.\n\nTwo bailiffs were suspended last year for allegedly selling permits "
        "they had not issued.\n"
    )


@pytest.fixture(scope="module")
def column():
    return parse_article(
        "Title: Why I still fish\n\nI have fished this river for forty years. The new permits are a "
        "small price for clean water, and I will happily pay mine.\n\nThe bailiffs do a hard job on "
        "little pay.\n"
    )


def test_exempt_is_said_by_apart_from(permits):
    result = answer_question(permits, "Which countries are exempt?")
    assert result.tier != 3
    assert "apart from citizens" in (result.answer or result.passage.text)


def test_accused_is_said_by_allegedly(permits):
    result = answer_question(permits, "What were they accused of?")
    assert result.tier != 3
    assert "allegedly selling permits" in (result.answer or result.passage.text)


def test_the_writer_of_a_column_is_never_missing(column):
    result = answer_question(column, "What does the writer think of the permits?")
    assert result.tier != 3
    assert "small price" in (result.answer or result.passage.text)
