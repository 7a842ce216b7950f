"""Role nouns of news copy that head a person's role: "farmer Tom Hale", "commentator Ada Kline"."""

from __future__ import annotations

import pytest

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes


@pytest.mark.parametrize(
    "role", ["farmer", "volunteer", "speechwriter", "commentator", "staffer", "presenter"]
)
def test_a_news_role_before_a_name_is_that_persons_role(role):
    article = parse_article(f"Title: Dry\n\n“We need rain,” said {role} Tom Hale.\n")
    (speaker,) = quotes.list_speakers(article).speakers
    assert (speaker.name, speaker.role) == ("Tom Hale", role)


def test_a_commentator_imagining_words_speaks_them():
    article = parse_article(
        "Title: Race\n\n"
        "But conservative commentator Ada Kline imagined Holt was thinking: “What have I done?”\n"
    )
    assert [q.speaker for q in quotes.extract_quotes(article)] == ["Ada Kline"]
