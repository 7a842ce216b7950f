""" "Has this kind of mix-up happened before?" of an article that never says "mix-up" names "mix-up" as
missing, never "before": a word placing the thing in time is nothing an article could lack by name."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

FLIGHT = parse_article(
    "Plane lands at wrong airport\n\n"
    "A cargo plane landed at a military base on Monday after its crew confused the two runways.\n\n"
    "Nobody was hurt, officials said.\n"
)


def test_a_word_of_time_is_never_said_missing():
    result = answer_question(FLIGHT, "Has this kind of mix-up happened before?")
    assert "before" not in result.missing
