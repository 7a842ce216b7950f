"""A transcript set in quote marks ("“PRYCE: Well, look ...” ¶ “But the truth is ...” ¶ “HOLLAND: ...”"):
each labelled turn is its label's person's, without the label; a paragraph continuing the turn is the
same person's; a label naming no one in the article leaves its turn unattributed; one label alone
("“UPDATE: ...”") is no transcript."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes
from tests.core.quotes.speakers import speakers_of

_EXCHANGE = (
    "Gov. Alan Pryce defended his running mate on Sunday. Here is part of the exchange:\n\n"
    '"HOLLAND: Do you really see those two claims as the same thing?\n\n'
    '"PRYCE: Well, look, the critics have been out there saying tough things about my running mate.\n\n'
    '"But the truth is that my running mate talks to voters in a way no one else in this race does.\n\n'
    '"HOLLAND: Governor, thank you for joining us this morning.\n'
)


def _quotes(text: str) -> list:
    return list(quotes.extract_quotes(parse_article("Title: T\n\n" + text)))


def test_a_labelled_turn_is_the_labelled_persons_and_its_continuation_too():
    assert speakers_of(_EXCHANGE) == [None, "Alan Pryce", "Alan Pryce", None]


def test_a_labelled_turn_is_quoted_without_its_label():
    texts = [q.text for q in _quotes(_EXCHANGE)]
    assert texts[1].startswith("Well, look") and not any("PRYCE" in t or "HOLLAND" in t for t in texts)


def test_one_label_alone_in_quote_marks_is_no_transcript():
    text = "Dana Pruitt posted a warning on Monday. “UPDATE: the island ferry is cancelled,” she wrote.\n"
    assert _quotes(text)[0].text.startswith("UPDATE:")
