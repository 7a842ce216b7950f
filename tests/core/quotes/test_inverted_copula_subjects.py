"""A name after a copula that follows a fronted phrase and its comma ("Across town, ..., is Wayne
Borders, ...") is the sentence's subject, so a he or she after it means that person."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_an_inverted_subject_after_a_fronted_phrase_is_whom_he_means():
    text = (
        "Across town, canvassing for the ferry plan, is Wayne Borders, a 33-year-old pilot who left his "
        "job in November. Dismayed by his memory of Tom Ryde's years in office and inspired by Ray "
        "Dunn's plan, he is committed to the mayor.\n\n"
        "“I am knocking on doors all over town,” he said.\n"
    )
    assert speakers_of(text) == ["Wayne Borders"]
