"""A partial quotation in the sentence right after someone's quotation, about another person or
opening with "That", goes on in that speaker's voice (session 24).

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_name_before_a_quotation_it_is_the_subject_of_is_what_the_speaker_talks_about():
    text = (
        "Ada Holt is running for mayor.\n\n"
        "“We thought only the council was rude,” said Tom Reyes, who wrote a book on the race. Holt “kind"
        " of misspoke. This is not something she should say in public.”\n"
    )
    assert speakers_of(text) == ["Tom Reyes", "Tom Reyes"]


def test_a_that_clause_after_a_quotation_goes_on_in_the_speakers_voice():
    text = (
        "Ada Holt is running for mayor.\n\n"
        "“She still has the friends she made in grade school,” Sam Holt has said while campaigning for his"
        " wife. That makes her “by definition a trustworthy and loyal person.”\n"
    )
    assert speakers_of(text) == ["Sam Holt", "Sam Holt"]


def test_a_word_or_two_quoted_after_a_name_is_no_ones():
    text = (
        "Ada Holt is running for mayor.\n\n"
        "“We thought only the council was rude,” said Tom Reyes, who wrote a book. Holt “misspoke.”\n"
    )
    assert speakers_of(text) == ["Tom Reyes", None]
