"""ask.payers: "Who will pay for ...?" reads "pay" as the verb: the payer's sentence answers, not a
sentence where "pay" is a noun ("a 5% pay rise")."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

CARERS = parse_article(
    "Carers in Dunholm to get pay rise\n\n"
    "Home carers in Dunholm will get a 5% pay rise from April under a plan announced on Monday.\n\n"
    "The care pay plan was welcomed by unions, who said carers had waited six years.\n\n"
    "The county council will pay for the rise from its reserves, finance chief Owen Darr said.\n\n"
    "Critics said the plan did not go far enough.\n"
)


def test_who_will_pay_is_answered_by_pay_the_verb():
    result = answer_question(CARERS, "Who will pay for the rise?")
    assert result.answer is not None
    assert result.answer.startswith("The county council will pay for the rise")


def test_the_only_payer_answers_for_a_thing_it_calls_otherwise():
    result = answer_question(CARERS, "Who will pay for the plan?")
    assert result.answer is not None
    assert result.answer.startswith("The county council will pay for the rise")
