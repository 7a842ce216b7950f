"""ask.shown: the answer window of "What did X urge Y to do?" keeps what follows the question's last words,
where the deed asked for is, in a sentence too long to show whole (it was centred on the words matched and
cut before the deed)."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

VOTE = (
    "Assembly votes to close the base\n\n"
    "The Norland assembly voted on Sunday to close the foreign air base at Kelby. Following the vote, a "
    "Harbor foreign ministry spokesperson, Ana Lobo, indicated the ministry was disappointed by the "
    "assembly's decision: \"While we await further clarification on the legal nature and impact of "
    'today\'s resolution," she said, "we strongly urge Norland leaders to reconsider the importance of the '
    "ongoing economic and security relationship between the two countries and the continued presence of "
    'the coalition at the base".\n'
)


def test_the_deed_asked_for_stays_in_the_window():
    answer = answer_question(parse_article(VOTE), "What did Lobo urge Norland leaders to do?").answer
    assert answer is not None
    assert "reconsider the importance of the ongoing economic and security relationship" in answer


def test_another_question_keeps_its_window():
    answer = answer_question(parse_article(VOTE), "Who is the ministry spokesperson?").answer
    assert answer is not None and "Ana Lobo" in answer
