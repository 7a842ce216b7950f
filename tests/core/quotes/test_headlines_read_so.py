"""`“…,” so reads a headline at the Gazette`, `“…,” reads the headline`: the headline's words (unnamed),
in title case too; a title no writing reads stays no one's words."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes.engine import extract_quotes


def _quotes(sentence: str) -> list[tuple[str, str | None]]:
    text = f"Title: T\n\nTom Holt quit on Monday.\n\n{sentence}\n"
    return [(q.text, q.speaker) for q in extract_quotes(parse_article(text))]


def test_so_reads_a_headline():
    sentence = "“Harbor chief quits to sail around the world,” so reads a headline at the Harbor Gazette."
    assert _quotes(sentence) == [
        ("Harbor chief quits to sail around the world", "a headline at the Harbor Gazette")
    ]


def test_a_title_cased_headline_read_is_quoted():
    sentence = "“Harbor Chief Quits To Sail Around The World,” reads the headline."
    assert _quotes(sentence) == [("Harbor Chief Quits To Sail Around The World", "the headline")]


def test_a_title_read_by_someone_is_no_quotation():
    assert _quotes("“Red Shoes For Everyone,” a book she read last year, is out.") == []
