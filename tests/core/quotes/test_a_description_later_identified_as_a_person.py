"""A description after an inverted verb that a relative clause goes on to name ("said the man, who
would later be identified as Daniel Keller") is that person's, not an unnamed source (session 67)."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_the_man_later_identified_says_his_words():
    text = (
        "Carjacking\n\nA driver in Harlow says he was carjacked at gunpoint on Thursday night.\n\n"
        "“I did that, and I just robbed a bank in Marlow,” said the man, who would later be identified "
        "as Daniel Keller.\n"
    )
    assert speakers_of(text) == ["Daniel Keller"]
