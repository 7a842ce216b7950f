"""A count question ("How many weavers ...?") is not answered by a year as dates are written ("in 1688",
"from 1681 to 1688", "1681–1688") nor by an ordinal ("the 18th century"): they count nothing. A
number of things beside a year still counts."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question
from bot.core.ask.question import COUNT, answer_type_score, classify

_WEAVERS = parse_article(
    "Title: Silk weavers\n\n"
    "Silk weavers came to the town from Lyon in waves that lasted from 1681 to 1688.\n\n"
    "Their looms were sold off in the 18th century, when cotton mills opened by the river.\n\n"
    "The weavers' hall still stands on Mill Street.\n"
)


def test_a_range_of_years_is_no_count():
    assert answer_type_score(COUNT, "The weavers came in waves from 1681 to 1688.", {"weavers"}) == 0.0


def test_a_year_after_in_is_no_count():
    assert answer_type_score(COUNT, "The weavers arrived in 1688.", {"weavers"}) == 0.0


def test_an_ordinal_is_no_count():
    assert answer_type_score(COUNT, "Looms were sold in the 18th century.", {"looms"}) == 0.0


def test_a_number_of_things_beside_a_year_counts():
    assert answer_type_score(COUNT, "In 1688, 1200 weavers arrived.", {"weavers"}) == 1.0


def test_how_many_is_not_answered_by_the_years_of_the_story():
    question = "How many silk weavers came to the town from Lyon?"
    assert classify(question).kind == COUNT
    result = answer_question(_WEAVERS, question)
    assert result.answer is None
    assert "from 1681 to 1688" in result.passage.text


def test_an_ordinal_of_a_run_counts():
    assert answer_type_score(COUNT, "It was his 13th successive win in a final.", {"finals", "won"}) == 1.0
