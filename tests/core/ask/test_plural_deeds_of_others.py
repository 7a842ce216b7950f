""" "Where was he arrested?" is not answered by a sentence naming arrests only as a plural noun ("the latest
in a series of arrests of top executives in Norland"): the place beside it is other people's arrests'."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question
from bot.core.ask.plural_deeds import only_plural_deed

TYCOON = parse_article(
    "Harbour tycoon arrested over accounts\n\n"
    "One of Norland's best-known businessmen was arrested on Thursday on charges of falsifying accounts.\n\n"
    "Tomas Verlander was once ranked as the country's richest man. His is the latest in a series of arrests "
    "of top executives in Norland over accounting scandals. He was led away from his office in Eastport by "
    "detectives.\n"
)


def test_a_plural_of_others_deeds_places_none_of_his():
    assert only_plural_deed("Where was he arrested?", ["a series of arrests of top executives in Norland"])
    result = answer_question(TYCOON, "Where was he arrested?")
    assert result.answer is None


def test_the_deed_told_of_him_still_answers():
    assert not only_plural_deed(
        "Where was he arrested?", ["He was arrested in Eastport after several arrests."]
    )
    assert not only_plural_deed("Who was arrested?", ["a series of arrests of top executives in Norland"])
