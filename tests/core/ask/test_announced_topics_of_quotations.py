"""A quotation is about what the sentence announcing it says it tells ("he has described the demands his
father made. “I felt enormous pressure when I dined with him,” Holt told a magazine."): "What did Holt say
about his father?" is answered by the two together."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

MOGUL = parse_article(
    "Title: Tycoon arrested\n\n"
    "Ken Holt, once ranked among the richest men in Asia, was arrested on Thursday.\n\n"
    'The son of a rich builder, he has described the demands his father made. "I felt enormous pressure '
    'when I dined with him and it was nothing but pain," Holt told a weekly magazine in 1987. Holt later '
    'ran the firm\'s hotels. "The hotels were my life," he said.\n'
)


def test_the_announcing_sentence_tells_what_the_quotation_is_about():
    result = answer_question(MOGUL, "What did Holt say about his father?")
    assert result.tier == 1
    assert "demands his father made" in result.answer
    assert "enormous pressure" in result.answer


def test_a_quotation_holding_the_topic_itself_still_answers_alone():
    result = answer_question(MOGUL, "What did Holt say about the hotels?")
    assert result.tier == 1
    assert result.answer.startswith("Holt later ran") or "hotels were my life" in result.answer
