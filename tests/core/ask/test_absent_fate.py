"""A yes/no question ending "sentenced to X" (or sent, jailed, rushed ... to X) takes X for granted: a fate
or a place the article never mentions is said missing ("Were they sentenced to death?" of a story of prison
terms); "agreed to pay" ends on a verb, which the article may put in other words."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

TRIAL = parse_article(
    "Brothers jailed in Dunholm\n\n"
    "Two brothers who ran a fake charity in Dunholm were jailed on Friday for eight years each.\n\n"
    "The judge said they had taken money from more than 300 families.\n\n"
    "Their lawyers agreed to repay part of the money, the court heard.\n"
)


def test_a_fate_never_mentioned_is_said_missing():
    result = answer_question(TRIAL, "Were the brothers sentenced to death?")
    assert result.answer is None
    assert result.missing == ("death",)


def test_a_verb_after_to_is_not_looked_for():
    result = answer_question(TRIAL, "Have the lawyers agreed to pay?")
    assert "pay" not in result.missing
