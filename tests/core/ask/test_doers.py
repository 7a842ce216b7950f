"""ask.doers: a sentence saying something was done to someone, by nobody it names, does not say who
did it."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.doers import leaves_the_doer
from bot.core.ask.engine import answer_question

BREAK_IN = (
    "Break-in at the bakery\n\n"
    "A baker was hit on the head outside the Mill Lane bakery in Dorford while Tom Reed was serving.\n\n"
    "Police said the shop had been closed for two hours. Nothing was taken from the till.\n"
)


def test_a_deed_told_in_the_passive_does_not_answer_who_did_it():
    result = answer_question(parse_article(BREAK_IN), "Who hit the baker outside the bakery?")
    assert result.answer is None


def test_a_passive_with_its_doer_or_an_active_deed_answers_who():
    question = "Who hit the baker?"
    assert leaves_the_doer(question, ["A baker was hit outside the shop."])
    assert not leaves_the_doer(question, ["A baker was hit by a van outside the shop."])
    assert not leaves_the_doer(question, ["A driver hit the baker outside the shop."])
    assert not leaves_the_doer(question, ["Police said a baker was hit outside the shop."])
    assert not leaves_the_doer("Who was hit outside the shop?", ["A baker was hit outside the shop."])
