""" "What did X say ...?" asks for words: a sentence that quotes no one and reports no one's words ("Holt
walked away empty-handed") tells what X did, and is the closest passage, not the answer. A sentence inside
a quotation of several sentences, or one saying X did not comment, still answers."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

AWARDS = parse_article(
    "Title: Drama sweeps film awards\n\n"
    "Harbour Lights took four awards on Saturday, including best film and best director for Tom Reyes.\n\n"
    "But big British hope Ann Holt walked away empty-handed despite two nominations for best actress.\n\n"
    '"I felt very solid tonight. The banter backstage was just lovely," Reyes said.\n\n'
    "There was no immediate comment from Holt's agent.\n"
)


def test_a_deed_is_no_words_said():
    result = answer_question(AWARDS, "What did Holt say about her two nominations?")
    assert result.answer is None


def test_a_sentence_inside_a_quotation_is_words_said():
    result = answer_question(AWARDS, "What did Reyes say about the banter?")
    assert result.answer is not None
    assert "banter backstage was just lovely" in result.answer


def test_no_comment_answers_what_was_said():
    result = answer_question(AWARDS, "What did Holt's agent say?")
    assert result.answer is not None
    assert "no immediate comment" in result.answer
