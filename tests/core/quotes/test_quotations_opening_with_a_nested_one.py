"""A quotation that opens with one nested in it ("“‘Harbor Horse’ is a startlingly original
comment ...,” Ray Dorn said") is a whole sentence of the speaker's, not a partial quotation
(issue 11, probe pass)."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes


def _partials(text: str) -> list[bool]:
    return [q.partial for q in quotes.extract_quotes(parse_article("Title: T\n\n" + text))]


def test_a_sentence_opening_with_a_nested_title_is_no_partial_quotation():
    text = (
        "The statue was unveiled on Monday. “‘Harbor Horse’ is a startlingly original comment on art "
        "and money,” Ray Dorn said.\n"
    )
    assert _partials(text) == [False]


def test_words_woven_into_a_sentence_after_a_nested_phrase_stay_partial():
    text = "Ray Dorn called the statue “‘fake art’ and a waste of money.”\n"
    assert _partials(text) == [True]
