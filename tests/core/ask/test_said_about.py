"""'What did X say about Y?' when none of X's quotations is about Y: the closest passage is what the
article says about Y near X (naming no one else), not X's words about something else."""

from __future__ import annotations

from bot.core.ask.engine import answer_question
from tests.conftest import own_article


def test_the_closest_passage_is_the_sentence_about_the_topic_not_x_words_on_another():
    article = own_article("ask_lifeboat_quotes.txt")
    result = answer_question(article, "What did Tait say about the blankets?")
    assert result.tier == 2
    assert "wrapped the walkers in blankets" in result.passage.text
    # What Tait said himself stays among the sources.
    assert "They did everything right" in result.sources[0].text


def test_a_sentence_about_the_topic_naming_x_and_someone_else_is_the_closest_passage():
    # "Tait thanked ... Mairi Ross for the flares": Ross is named, but so is Tait.
    article = own_article("ask_lifeboat_quotes.txt")
    result = answer_question(article, "What did Tait say about the flares?")
    assert result.tier == 2
    assert "flares fired from the cliff top" in result.passage.text
