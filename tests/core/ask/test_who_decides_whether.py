"""ask.whether: "Who decides whether ...?" is answered by the sentence naming the decider, not by a
sentence that only matches what is decided."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

SNOW = (
    "Snow shuts schools across Harnfield\n\n"
    "More than 200 schools in Harnfield were shut on Tuesday after heavy snow fell overnight.\n\n"
    "Head teachers decide whether schools close, the county education office said, and most chose early.\n\n"
    "Buses were also cancelled on 14 routes.\n"
)
CURFEW = (
    "Curfew debate in Lantry\n\n"
    "Traders in Lantry want the night curfew lifted before the festival in May.\n\n"
    "It is up to Governor Mira Sollen whether the curfew ends, her spokesman said on Friday.\n"
)


def test_who_decides_whether_is_answered_by_the_deciders_sentence():
    result = answer_question(parse_article(SNOW), "Who decides whether schools close?")
    assert result.answer is not None
    assert result.answer.startswith("Head teachers decide whether schools close")


def test_up_to_someone_whether_names_the_decider():
    result = answer_question(parse_article(CURFEW), "Who decides whether the curfew ends?")
    assert result.answer is not None
    assert "up to Governor Mira Sollen" in result.answer


def test_a_decider_of_something_else_does_not_answer():
    result = answer_question(parse_article(CURFEW), "Who decides whether the festival moves?")
    assert result.answer is None or "up to Governor Mira Sollen" not in result.answer
