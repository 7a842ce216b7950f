"""A role asked with its owner ("Who is Harbor Bank's chairman?", "Who is the president of Veloria?") is
not answered by the same role of another owner ("Rival chairman Tom Reyes", "Ostrian President Ann
Holt"): that holder holds someone else's. A role with no owner before it, the owner asked in another
form ("Russian" of "Russia"), or a possessive before it ("his long-time doctor") may still answer."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question
from bot.core.ask.introductions import others_role

BIDDING = parse_article(
    "Title: Bidding war for Harbor Bank\n\n"
    "Harbor Bank accepted a $6bn buyout from Keel Group, rejecting a higher offer from Rival Corp.\n\n"
    "Rival chairman Tom Reyes sent a letter to Harbor Bank's board on Thursday saying it would bid again.\n\n"
    "Shares in Harbor Bank rose 2% on the news.\n"
)


def test_another_owners_role_answers_no_who():
    result = answer_question(BIDDING, "Who is Harbor Bank's chairman?")
    assert result.answer is None


def test_the_role_of_another_owner():
    assert others_role("Who is Harbor Bank's chairman?", ["Rival chairman Tom Reyes sent a letter."])
    assert others_role(
        "who is the president of veloria", ["Ostrian President Ann Holt released a statement."]
    )
    assert others_role("Who is the Larkport manager?", ["Brindle manager Alex Coe said."])


def test_the_owner_asked_or_no_owner_may_answer():
    assert not others_role("Who is Harbor Bank's chairman?", ["Harbor Bank chairman Ann Holt said."])
    assert not others_role(
        "Who is the Russian foreign minister?", ["Russian Foreign Minister Ivan Belov said."]
    )
    assert not others_role("Who is Harbor Bank's chairman?", ["The chairman, Ann Holt, said."])
    assert not others_role("Who is Reyes's doctor?", ["It was a letter from his long-time New York doctor."])
