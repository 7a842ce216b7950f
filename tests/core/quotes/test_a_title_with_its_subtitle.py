"""A title in title case with a subtitle after its colon ("“The Long Thaw: The End of Serfdom in
the North”") is a work's name, however long, not words its author or anyone said."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes

TEXT = (
    "Serfdom\n\n"
    "To return to Ira Dahl — who took up this subject in “The Long Thaw: The End of Serfdom in the "
    "North” — it helps to see the end of serfdom as a slow change. “They gave the quiet resistance "
    "a political form,” Dahl writes.\n"
)


def test_the_subtitled_title_is_no_quotation():
    found = [q.text for q in quotes.extract_quotes(parse_article(TEXT, "t"))]
    assert not any("Long Thaw" in text for text in found)


def test_the_authors_own_words_after_it_are_still_his():
    found = [q.text for q in quotes.extract_quotes(parse_article(TEXT, "t"))]
    assert any(text.startswith("They gave the quiet resistance") for text in found)
