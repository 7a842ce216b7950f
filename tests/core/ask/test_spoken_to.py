"""Whom someone spoke to is no place: "Speaking to Radio Kent after the match" does not say where
the match was played."""

from __future__ import annotations

from bot.core import constants
from bot.core.ask.question import WHERE, answer_type_score


def test_whom_someone_spoke_to_is_no_place():
    sentence = "Speaking to Radio Kent after the match, coach Dan Hale said his keeper had lost his nerve."
    assert answer_type_score(WHERE, sentence, {"match", "played"}) < constants.ASK_TYPED_ANSWER


def test_a_source_quoted_is_no_place():
    sentence = "The fund lost money, according to Harwick Partners."
    assert answer_type_score(WHERE, sentence, {"fund"}) < constants.ASK_TYPED_ANSWER


def test_a_capitalised_name_after_to_is_still_a_place_where_someone_goes():
    sentence = "The team moved to Harwick after the war."
    assert answer_type_score(WHERE, sentence, {"team"}) >= constants.ASK_TYPED_ANSWER
