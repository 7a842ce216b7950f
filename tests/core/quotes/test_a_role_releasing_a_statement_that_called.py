"""A definite role opening the sentence, referring back to a named person, that released a writing a
"that" clause goes on from ("The Baltimore shipping magnate released a statement Tuesday night that
called the mayor “…”") speaks through it: the person, not "a statement"."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Port deal\n\nLena Kovac has opposed the port deal for months.\n\n"


def test_a_role_releasing_a_statement_that_called_is_the_persons():
    text = LEAD + (
        "The Baltimore shipping magnate released a statement that called the mayor “a friend to the "
        "old waterfront and nothing more.”\n"
    )
    assert speakers_of(text) == ["Lena Kovac"]


def test_time_words_after_the_statement_are_passed():
    text = LEAD + (
        "The Baltimore shipping magnate released a statement Tuesday night that called the mayor “a "
        "friend to the old waterfront and nothing more.”\n"
    )
    assert speakers_of(text) == ["Lena Kovac"]
