"""A paragraph of a few words standing alone ("Scrutinizing the Science.") is a subheading: it names a
part of the story and answers nothing, however well it matches the question."""

from __future__ import annotations

import pytest

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question


@pytest.fixture(scope="module")
def lake():
    return parse_article(
        "Title: Lake study\n\nResearchers from Dunmore sampled Loch Arvie every week from May to "
        "September.\n\nTesting the Water.\n\nThe samples showed high levels of algae after the July "
        "heatwave, the team said.\n\nThe water board will publish the full figures next spring.\n"
    )


def test_a_subheading_matching_the_question_is_no_answer(lake):
    result = answer_question(lake, "What was the water testing about?")
    assert result.answer is None or "Testing the Water" not in result.answer


def test_a_short_sentence_in_a_paragraph_of_its_own_with_more_words_still_answers(lake):
    result = answer_question(lake, "When will the water board publish the figures?")
    assert result.tier == 1
    assert "next spring" in result.answer
