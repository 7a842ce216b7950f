"""`“It is over,” said one analyst. “If needed, it can all restart,” he added.`: a he or she right after
the sentence an inverted verb gives to an unnamed person is that person, not someone named before."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

OPENING = "“We will win,” Mayor Tom Holt said.\n\n"


def test_he_after_an_inverted_unnamed_source_is_that_source():
    text = OPENING + "“It is over,” said one analyst. “If needed, everything can be restarted,” he added.\n"
    assert speakers_of(text) == ["Tom Holt", "one analyst", "one analyst"]


def test_she_after_a_man_is_not_that_man():
    text = OPENING + "“It is over,” said one man. “If needed, everything can be restarted,” she added.\n"
    assert speakers_of(text)[2] != "one man"
