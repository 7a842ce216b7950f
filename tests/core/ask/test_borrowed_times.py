"""A 'When ...?' question borrows a neighbouring sentence's time only when that sentence speaks of
what is asked: a time next to the match may date another event."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

AWARDS = parse_article(
    "Title: Harbour awards\n\n"
    "A small film about fishermen won the top prize at the Harbour film awards.\n\n"
    "Local favourite Tom Reyes walked away empty-handed on Saturday despite two nominations. "
    "Celebrating her win, the Oscar-nominated Ann Bell thanked the crew of the film.\n"
)


def test_a_time_in_the_next_sentence_about_another_event_does_not_say_when():
    result = answer_question(AWARDS, "When are the Oscars?")
    assert result.answer is None


def test_a_time_in_the_sentence_about_the_asked_event_still_answers():
    result = answer_question(AWARDS, "When did Reyes walk away empty-handed?")
    assert result.tier == 1
    assert "on Saturday" in result.answer
