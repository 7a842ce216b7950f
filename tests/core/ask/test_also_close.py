"""The closest passage (tier 2) is followed by the next-closest sentences from other paragraphs,
while all of it fits in the passage's length: unsure, the reply shows the other places that may
answer."""

from __future__ import annotations

import pytest

from bot.core import constants
from bot.core.ask.engine import Source, answer_question
from tests.conftest import own_article

SAILORS = "How far out could sailors see the light?"


@pytest.fixture(scope="module")
def lighthouse():
    return own_article("ask_lighthouse_history.txt")


def test_the_runner_up_from_another_paragraph_follows_the_closest_passage(lighthouse):
    result = answer_question(lighthouse, SAILORS)
    assert result.tier == 2
    assert result.passage.paragraph == 3
    assert result.also[0] == Source(
        4, "Sailors said the light now reached twenty miles, and the cost of keeping it fell by half."
    )


def test_each_paragraph_is_shown_once(lighthouse):
    result = answer_question(lighthouse, SAILORS)
    shown = [result.passage.paragraph, *(s.paragraph for s in result.also)]
    assert len(shown) == len(set(shown)) > 1


def test_the_passage_and_what_follows_it_fit_the_passage_length(lighthouse):
    for question in (SAILORS, "What fuel did the lamp use after 1880?"):
        result = answer_question(lighthouse, question)
        assert result.tier == 2 and result.also
        assert len(result.passage.text) + sum(len(s.text) for s in result.also) <= constants.ASK_PASSAGE_CHARS
        assert len(result.also) <= constants.ASK_ALSO


def test_a_sentence_ranked_far_below_the_best_is_not_shown(lighthouse):
    result = answer_question(lighthouse, "Who wrote the history of the lighthouse?")
    assert result.tier == 2
    assert result.also == ()  # the tower's description (¶1) ranks well under half as high


def test_an_answer_shows_nothing_after_it(lighthouse):
    result = answer_question(lighthouse, "How far could the light be seen?")
    assert result.tier == 1
    assert result.also == ()


def test_the_json_lists_them_as_also(lighthouse):
    result = answer_question(lighthouse, SAILORS)
    assert result.to_dict()["also"] == [{"paragraph": s.paragraph, "text": s.text} for s in result.also]


def test_a_third_place_that_may_answer_is_shown_too():
    # Unsure, the reply shows the three next-closest places: here the answer (the queues) ranks fourth.
    ferry = own_article("ask_ferry_crossings.txt")
    result = answer_question(ferry, "How crowded does the ferry get in summer?")
    assert result.tier == 2
    assert [s.paragraph for s in result.also] == [5, 4, 2]
    assert result.also[2].text == "In the summer, queues at the slipway can last two hours."
