""" "Who wrote the report?" of a story telling of a report asks about that report, not about the
article's writer: the ranking reads the story."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

AUDIT = parse_article(
    "Title: Audit faults council\n\n"
    "The council gave an incomplete response to a records request, according to a report by the "
    "inspector general, Ann Bell.\n\n"
    "The report will be published on Thursday.\n"
)


def test_the_report_a_story_tells_of_is_not_the_article():
    result = answer_question(AUDIT, "Who wrote the report?")
    assert result.tier != 3
    assert "Ann Bell" in (result.answer or result.passage.text)


def test_who_wrote_the_article_still_asks_for_its_writer():
    assert answer_question(AUDIT, "Who wrote the article?").kind == "declined"
