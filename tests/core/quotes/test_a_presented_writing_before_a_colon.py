"""A writing a named person owns, presented by "Here is" or "Below is" before a colon ("Here is
Lomax’s full statement:"), introduces its writer's words, in the same paragraph or the next; never
the words of the one it is written to."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of

LEAD = "Sen. Arlo Lomax met Mayor Ann Bell on Tuesday.\n\n"
WORDS = "“I am encouraged by word of an agreement between farm groups and unions.”"


@pytest.mark.parametrize("opener", ["Here is", "Here’s", "Below is"])
def test_a_presented_statement_introduces_the_next_paragraphs_words(opener):
    text = LEAD + f"{opener} Lomax’s full statement:\n\n{WORDS}\n"
    assert speakers_of(text) == ["Arlo Lomax"]


def test_a_presented_statement_introduces_words_after_its_colon():
    assert speakers_of(LEAD + f"Here is Lomax’s full statement: {WORDS}\n") == ["Arlo Lomax"]


def test_a_presented_letter_is_its_writers_not_its_addressees():
    assert speakers_of(LEAD + f"Here is Lomax’s letter to Bell:\n\n{WORDS}\n") == ["Arlo Lomax"]


def test_a_presented_writing_no_one_owns_names_no_one():
    assert speakers_of(LEAD + f"Here is the full statement:\n\n{WORDS}\n") == [None]
