"""A sentence opening with the surname of someone the article names ("Hewitt looked to be cruising
...") holds a name for a who-question, as one naming them mid-sentence does: match reports open
sentence after sentence with a player's surname."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

REPORT = parse_article(
    "Kovac battles into final\n\n"
    "Second seed Ana Kovac came through a long battle with Mira Stein to reach the Perth final.\n\n"
    "Kovac looked comfortable after racing into a two-set lead. Stein fought back in the third set "
    "but double-faulted on match point.\n"
)


def test_a_who_question_is_answered_by_a_sentence_opening_with_a_named_persons_surname():
    result = answer_question(REPORT, "Who raced into a two-set lead?")
    assert result.tier == 1
    assert result.answer.startswith("Kovac looked comfortable")
