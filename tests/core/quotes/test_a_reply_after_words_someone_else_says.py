"""A verb of replying right after a quotation that a speaker and a verb of saying before it bring ("a
woman says the tenants “…,” the councilman replies, “…”") answers those words: they are that
speaker's, and only the words after the reply are the replier's. A verb of recounting there ("...,”
the councilman recalled") keeps the words with the one who tells them."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "Rent\n\nCity Councilman Harlan Petrossi met Tuesday with a group of tenants from the Ridgemoor "
    "towers.\n\n"
)


def test_the_words_a_reply_answers_are_the_first_speakers():
    text = LEAD + (
        "When Petrossi tries to wrap up the meeting, a woman says the tenants “have paid their rent on "
        "time for years,” the councilman replies, “That kind of pressure doesn't work on me, thank you.”\n"
    )
    assert speakers_of(text) == ["a woman", "Harlan Petrossi"]


def test_a_recounting_verb_keeps_the_words_with_the_teller():
    text = LEAD + (
        "At one meeting, a woman said the tenants “have paid their rent on time for years,” the "
        "councilman recalled.\n"
    )
    assert speakers_of(text) == ["Harlan Petrossi"]
