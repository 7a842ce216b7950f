"""A year naming an event ("the 2005 Harbour film awards") counts nothing: it is no answer to "How
many ...?"."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question
from bot.core.ask.question import COUNT, answer_type_score

AWARDS = parse_article(
    "Title: Film awards\n\n"
    "Harbour Lights and Low Tide have shared the main honours at the 2005 Dorford film awards. "
    "Harbour Lights was declared best film, and its star Ann Bell won best actress.\n\n"
    "Low Tide took the prize for best director.\n"
)


def test_a_year_before_an_event_name_is_no_count():
    text = "They shared the main honours at the 2005 Dorford film awards."
    assert answer_type_score(COUNT, text, {"awards", "win"}) < 0.5


def test_how_many_is_not_answered_by_a_sentence_whose_only_number_is_a_year():
    result = answer_question(AWARDS, "How many awards did Harbour Lights win?")
    assert result.answer is None
