"""An organisation described by lower-case words around its name (`the nationalist Harbor Times
tabloid noted`) is the one the article quotes by that name alone (`the Harbor Times wrote`): one
source in /speakers, under the name; a place's name is no organisation's (`the US embassy` is not
`the US military`)."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes.engine import extract_quotes, list_speakers

TIMES = (
    "Title: Fans abroad\n\n"
    "As the nationalist Harbor Times tabloid noted, Holt “has earned himself a few fans here.”\n\n"
    "“She seems to be less welcomed,” the Harbor Times wrote of his rival.\n"
)


def test_a_described_body_is_the_body_quoted_by_its_name():
    article = parse_article(TIMES)
    assert [q.speaker for q in extract_quotes(article)] == ["the Harbor Times"] * 2
    assert [(s.name, s.quotes) for s in list_speakers(article).speakers] == [("the Harbor Times", 2)]


def test_a_place_is_not_the_body_named_after_it():
    article = parse_article(
        "Title: Talks\n\n“The talks went well,” the US embassy said.\n\n“We will not pay,” the US said.\n"
    )
    assert "the US embassy" in [q.speaker for q in extract_quotes(article)]
