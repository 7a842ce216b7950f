"""A colon's clause ending on someone's turn ("Then it was Brisco's turn: ¶ “…”") introduces that
person's words."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_the_words_after_whose_turn_it_was_are_theirs():
    text = (
        "Governor Hal Brisco and Mayor Tilda Grosh toured the flooded harbor on Wednesday.\n\n"
        "Grosh spoke first of the help her city had received:\n\n"
        "“He has worked closely with me since before the storm hit.”\n\n"
        "Then it was Brisco's turn:\n\n"
        "“I want to let you know that your mayor is working overtime.”\n"
    )
    assert speakers_of(text) == ["Tilda Grosh", "Hal Brisco"]
