"""A time opening a sentence before a clause of what came before ("In 2019, after the club was sold to a US
group, Reyes left for Spain") dates the main clause: it answers "When did Reyes leave?", not "When was the
club sold?"."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

MOVE = parse_article(
    "Reyes signs for Valencia\n\n"
    "Tom Reyes has joined the Spanish side Valencia on a two-year deal.\n\n"
    "In 2019, after the club was sold to a US group, Reyes left Eastport for Spain. He had spent six years "
    "at the club.\n"
)


def test_the_opening_time_dates_the_main_clause():
    result = answer_question(MOVE, "When did Reyes leave Eastport?")
    assert result.answer is not None and "In 2019" in result.answer


def test_the_opening_time_dates_no_earlier_deed():
    assert answer_question(MOVE, "When was the club sold?").answer is None


def test_a_clause_sharing_the_time_keeps_it():
    article = parse_article(
        "Reyes leaves\n\nTom Reyes has joined Valencia.\n\n"
        "In 2019, when the club was sold to a US group, Reyes left Eastport for Spain.\n"
    )
    assert "In 2019" in (answer_question(article, "When was the club sold?").answer or "")
