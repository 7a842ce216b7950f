"""'X blamed A for B' gives A as the reason for B: a why-question about B is answered by it."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question
from bot.core.ask.question import WHY, answer_type_score

CARMAKER = parse_article(
    "Title: Carmaker cuts output\n\n"
    "Harbour Motors has cut production at its Dorford plant.\n\n"
    "The firm blamed high fuel prices for low sales of big trucks. It will report again in April.\n"
)


def test_what_is_blamed_is_the_reason_for_what_it_is_blamed_for():
    text = "The firm blamed high fuel prices for low sales of big trucks."
    assert answer_type_score(WHY, text, {"sales", "low"}) == 1.0


def test_why_is_answered_by_the_sentence_blaming_a_cause():
    result = answer_question(CARMAKER, "Why were sales low?")
    assert result.tier == 1
    assert "blamed high fuel prices" in result.answer
