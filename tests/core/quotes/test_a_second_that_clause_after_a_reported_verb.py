"""A quotation in a second that-clause ("Okafor said that her office had asked for a review, and
that the vote was “…”") is the teller's words: the first clause's verb of saying is over."""

from __future__ import annotations

from .speakers import speakers_of

ARTICLE = (
    "The Marlow harbor council voted on Tuesday to open a second ferry route.\n\n"
    "Mayor Helena Okafor, who has long pushed for better links to the island, said that her office "
    "had asked for a review of ferry demand last spring, and that the vote was “a long overdue step "
    "for the islanders.”\n"
)


def test_the_teller_speaks_the_second_clause():
    assert speakers_of(ARTICLE) == ["Helena Okafor"]
