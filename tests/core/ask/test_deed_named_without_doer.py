""" "the attack on an army school" names the deed as a noun and no attacker: it answers no "Who attacked
the army school?", as "The school was attacked" does not (leaves_the_doer). A doer before the noun ("a
Taliban attack"), after it ("the attack ... by gunmen") or claiming it still may answer."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.doers import leaves_the_doer
from bot.core.ask.engine import answer_question

EXECUTIONS = parse_article(
    "Executions resume\n\n"
    "The government lifted its moratorium on the death penalty following the attack on an army school in "
    "Dunmore, which left at least 145 pupils and teachers dead. Since then, 24 people have been hanged.\n"
)


def test_an_attack_named_without_its_attacker_says_not_who_attacked():
    assert answer_question(EXECUTIONS, "Who attacked the army school?").tier != 1


def test_an_attack_with_its_attacker_named_may_answer():
    question = "Who attacked the army school?"
    assert not leaves_the_doer(question, ["The Taliban attack on the army school left 145 dead."])
    assert not leaves_the_doer(question, ["The attack on the army school by six gunmen left 145 dead."])
    assert not leaves_the_doer(question, ["The militants' attack on the army school left 145 dead."])
    assert not leaves_the_doer(question, ["A faction claimed the attack on the army school."])
    assert leaves_the_doer(question, ["After the attack on the army school, the city mourned."])
