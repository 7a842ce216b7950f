""" "Holt, who turned 50 on Sunday," gives Holt's age as "Holt, 50," does: "How old is Holt?" is
answered by that sentence, not the closest passage."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

NOMINEE = parse_article(
    "Holt likely pick for foreign minister\n\n"
    "Dana Holt is widely expected to be named foreign minister this week, officials said. Holt, who turned "
    "50 on Sunday, would be the first woman to hold the post. She has served as national security adviser "
    "since 2019.\n"
)


def test_an_age_reached_beside_the_name_answers():
    result = answer_question(NOMINEE, "How old is Holt?")
    assert result.tier == 1 and "turned 50" in result.answer


def test_a_figure_reached_that_is_no_age_is_not_one():
    article = parse_article(
        "Holt pulls ahead\n\n"
        "Holt, who is 12 points clear in the polls, spoke in Dunmore on Monday. Reyes turned 20 pages of "
        "notes into a speech.\n"
    )
    assert answer_question(article, "How old is Holt?").tier != 1
    assert answer_question(article, "How old is Reyes?").tier != 1
