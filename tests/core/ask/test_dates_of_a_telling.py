"""A day owning a piece of telling ("as she detailed in today's Valley Herald column", "in Monday's
statement") dates the telling, not the deed told: it answers "When did she detail it?", never "When did
she sell her shares?"."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

MILL = parse_article(
    "Title: Mill owner sells up\n\n"
    "Dana Reyes's decision to sell her shares in the Brook Mill (as she detailed in today's Valley Herald "
    "column) surprised the town, but traders say she was right.\n\n"
    "The mill has made paper since 1890 and employs 40 people.\n\n"
    "Local traders said the sale could bring new jobs.\n"
)


def test_the_day_of_a_column_dates_no_deed_it_tells():
    result = answer_question(MILL, "When did Reyes sell her shares?")
    assert result.answer is None


def test_the_day_of_a_column_dates_the_telling():
    result = answer_question(MILL, "When did Reyes detail her decision in a column?")
    assert result.answer is not None
    assert "today's Valley Herald column" in result.answer
