"""ask.holders: a sentence using the role asked about with no name beside it does not say who holds it."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question
from bot.core.ask.holders import role_left_unnamed

FERRY = (
    "Ferry fares to rise\n\n"
    "Fares on the Dorford ferry will rise by 10% in April, the operator Harbour Lines said on Monday.\n\n"
    "The rise was agreed after the port manager warned in January that the pier at Kelby needed repairs.\n"
)


def test_a_role_named_without_its_holder_does_not_answer_who_holds_it():
    result = answer_question(parse_article(FERRY), "Who is the port manager?")
    assert result.answer is None


def test_a_role_with_a_name_beside_it_answers_who_holds_it():
    question = "Who is the port manager?"
    assert not role_left_unnamed(question, ["The port manager, Ann Bell, warned of repairs."])
    assert not role_left_unnamed(question, ["Port manager Ann Bell warned of repairs."])
    assert not role_left_unnamed(question, ["Ann Bell, who became port manager in May, warned of repairs."])
    assert not role_left_unnamed(
        question, ["The pier needed repairs, said the port manager, the engineer Ann Bell."]
    )
    assert role_left_unnamed(question, ["The port manager warned of repairs."])
    # A name before a role after a preposition is someone else: the writer, not the manager.
    assert role_left_unnamed(question, ["Tom Reed wrote to the port manager about repairs."])
    assert not role_left_unnamed("Who is Ann Bell?", ["The port manager warned of repairs."])
