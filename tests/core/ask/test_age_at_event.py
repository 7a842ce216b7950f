"""'How old was X when ...?' asks the age at an event: an age beside the name in a sentence that does
not tell the event is X's age now, not the answer."""

from __future__ import annotations

import pytest

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question


@pytest.fixture(scope="module")
def bakery():
    return parse_article(
        "Title: Bakery turns fifty\n\nNell Avery, 54, has run the Quayside bakery in Porthmoor since her "
        "father retired.\n\nThe bakery opened fifty years ago this week and still uses the original oven.\n\n"
        "A strict aunt sent Avery to a convent school in Brittany at age 11, where she learned to bake "
        "bread.\n"
    )


def test_the_age_at_an_event_is_read_where_the_event_is_told(bakery):
    result = answer_question(bakery, "How old was Nell Avery when she went to the convent school?")
    shown = result.answer or result.passage.text
    assert "age 11" in shown
    assert "54" not in shown


def test_the_age_now_still_answers_how_old_someone_is(bakery):
    result = answer_question(bakery, "How old is Nell Avery?")
    assert result.tier == 1
    assert "54" in result.answer
