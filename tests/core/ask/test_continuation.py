"""An answer whose sentence only announces what was asked shows the sentence continuing it."""

from __future__ import annotations

from bot.core import constants
from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

STRIKE = (
    "Port strike\n\nThe harbour board, which met for six hours on Tuesday in the old customs house "
    "after a week of protests by dock workers, pilots and ferry crews over pay, pensions and the "
    "planned sale of the northern quay to a private operator, said that additional action against "
    "the strikers was now being considered. "
    "That could include fines of up to 5,000 pounds for each crew that refuses to sail.\n\n"
    "Ferries to the islands were cancelled for a third day.\n"
)


def test_a_sentence_continuing_the_answer_is_shown_with_it():
    result = answer_question(parse_article(STRIKE), "What could additional action include?")
    assert result.tier == 1
    assert "That could include fines" in result.answer
    assert "additional action" in result.answer


def test_the_answer_with_its_continuation_keeps_the_length_limit():
    result = answer_question(parse_article(STRIKE), "What could additional action include?")
    assert len(result.answer) <= constants.ASK_MAX_ANSWER_CHARS
    assert result.answer.endswith("refuses to sail.")


def test_a_continuation_without_a_question_word_is_not_added():
    result = answer_question(parse_article(STRIKE), "How long did the harbour board meet?")
    assert "That could include" not in (result.answer or "")
