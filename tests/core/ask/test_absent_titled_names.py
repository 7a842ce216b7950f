"""A missing name typed after a standing title is said with it: "Did Pope Leo send a message?" of an article
naming neither says "Pope Leo", the person the asker means, not a bare "Leo"; a title after a comma or a
possessive one is no part of the name."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

_TEXT = (
    "Kelby renames its ferry\n\n"
    "The Kelby ferry company on Sunday renamed its ship after Ana Lobo, a harbour pilot who drowned.\n\n"
    "Relatives of the pilot attended the renaming ceremony at the quay.\n"
)


def test_a_missing_name_is_said_with_the_title_typed_before_it():
    assert answer_question(parse_article(_TEXT), "Did Pope Leo send a message to the ceremony?").missing == (
        "Pope Leo",
    )
    assert answer_question(parse_article(_TEXT), "What did King Harald say?").missing == ("King Harald",)


def test_a_missing_name_without_a_title_is_said_as_typed():
    assert answer_question(parse_article(_TEXT), "What did Tom Reyes say?").missing == ("Tom Reyes",)
