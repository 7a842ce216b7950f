"""The subject of a clause coordinated after another verb speaks its quotation (issue 11, session 5).

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes
from tests.core.quotes.speakers import speakers_of


def test_an_adverb_after_but_does_not_hide_the_sentences_subject():
    text = (
        "Thomas Holt used to support fellow islander Rand Reed, but now said Dan Cole had “the chance "
        "to bring us together.”\n"
    )
    assert speakers_of(text) == ["Thomas Holt"]


def test_a_body_opening_a_persons_title_is_not_the_subject():
    text = (
        "House Republican Thomas Holt backed the ferry plan but later said it was “a mistake from "
        "the start.”\n"
    )
    assert speakers_of(text) == ["Thomas Holt"]


def test_a_paragraph_of_quoted_words_after_reported_speech_is_its_speakers():
    text = (
        "Gordon Holt, who calls Reed a “sociopath,” said the effort needs no alternative. Rather, he "
        "said, struggles by Reed’s campaign will rally support.\n\n"
        "“To my knowledge, there is no heavy-hitter involved yet.”\n"
    )
    quoted = quotes.extract_quotes(parse_article("Title: T\n\n" + text))
    # “sociopath” inside the relative clause is a label, not a quotation
    # (test_quoted_words_that_are_no_speech.py).
    assert [(q.paragraph, q.speaker) for q in quoted] == [(2, "Gordon Holt")]
