""" "Senator Tomas Quell said ..., and the harbor plan Mr. Venn announced is a risk. ¶ “…,” he said": a
name opening a relative clause without "that" is no rival of the sentence's subject."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of


@pytest.mark.parametrize("verb", ["announced", "drew up"])
def test_a_he_after_a_contact_clause_is_the_sentence_subject(verb):
    text = (
        "Senator Tomas Quell said the new figures show the port authority is failing, and the harbor "
        f"plan Mr. Venn {verb} is a risk.\n\n"
        "“We need to halt any plans to expand the harbor,” he said.\n"
    )
    assert speakers_of(text) == ["Tomas Quell"]


def test_a_name_after_a_role_noun_is_a_second_subject():
    text = (
        "Senator Tomas Quell said the new figures show the port authority is failing, and the harbor "
        "pilot Tom Hale agreed with him.\n\n"
        "“We need to halt any plans to expand the harbor,” he said.\n"
    )
    assert speakers_of(text) == [None]
