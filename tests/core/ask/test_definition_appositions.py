"""'What is X?' answered by the sentence saying what X is in an apposition before or after the name, or in
a dash's aside ("the harbour's pilot service, Tidewatch,", "wardens, the volunteers who ...", "salting --
where crews spread brine before a frost --"), not by a sentence that only uses the name."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

PORT = parse_article(
    "Title: Harbour keeps its winter routine\n\n"
    "Tidewatch says the harbour stayed open all winter.\n\n"
    "Tidewatch staff worked long shifts in January.\n\n"
    "On Monday the head of the harbour's pilot service, Tidewatch, praised the crews.\n\n"
    "Wardens patrolled the quay at night.\n\n"
    "The council thanked its wardens, the volunteers who walk the sea wall after a storm.\n\n"
    "Salting is cheap, the harbour master said.\n\n"
    "Thanks to the new lorries, salting -- where crews spread brine on the quay before a frost -- "
    "is common again.\n"
)


def test_an_apposition_before_the_name_says_what_it_is():
    result = answer_question(PORT, "What is Tidewatch?")
    assert result.tier == 1
    assert "pilot service, Tidewatch" in result.answer


def test_an_apposition_after_the_name_says_what_they_are():
    result = answer_question(PORT, "What are wardens?")
    assert result.tier == 1
    assert "the volunteers who walk the sea wall" in result.answer


def test_a_dash_aside_after_the_term_defines_it():
    result = answer_question(PORT, "What is salting?")
    assert result.tier == 1
    assert "where crews spread brine" in result.answer
