"""A preposition opening a sentence ("Regarding the smaller states, they said “…”") is never the first
word of a speaking body's name: no quotation goes to "Regarding"."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_regarding_is_never_a_speaker():
    text = (
        "Budget talks\n\nFinance ministers met in Vienna on Saturday.\n\n"
        "Regarding the smaller states, they said “We need fairer ways of sharing these costs” today.\n"
    )
    assert "Regarding" not in speakers_of(text)
