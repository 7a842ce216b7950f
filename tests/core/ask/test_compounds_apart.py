"""A yes/no question's compound the article writes as two words is there ("shortlist" / "short
list"): never "the article doesn't mention shortlist"."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

AWARD = parse_article(
    "Title: Harbour Person of the Year\n\n"
    "The Harbour Gazette named Ann Bell its Person of the Year.\n\n"
    "Readers backed Tom Reyes, but Reyes did not make the short list.\n"
)


def test_a_compound_written_apart_is_not_missing():
    result = answer_question(AWARD, "Did Reyes make the shortlist?")
    assert not result.missing
    assert "did not make the short list" in result.passage.text
