"""A match report need not say "match" or "tournament": a question about the story's own event in words
the report never uses gets its first paragraph as the closest passage, not "doesn't mention match"."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

REPORT = parse_article(
    "Harlow 20-20 Corby\n\n"
    "Harlow wing Sam Pike scored twice but could not stop Corby snatching a draw at Mill Road.\n\n"
    "Corby were 14-3 ahead at the break. Ben Ward levelled the scores with a late try.\n"
)


def test_how_a_match_ended_is_shown_from_a_report_that_never_says_match():
    result = answer_question(REPORT, "How did the match end?")
    assert result.tier == 2
    assert "snatching a draw" in result.passage.text
    assert not result.missing


def test_an_article_reporting_no_match_still_names_the_word_it_lacks():
    article = parse_article(
        "Library reopens\n\nThe town library reopened on Monday after a two-year refit.\n\n"
        "Readers queued before the doors opened.\n"
    )
    result = answer_question(article, "How did the match end?")
    assert result.tier == 3
    assert "match" in result.missing
