""" "New reports about the ships “raise serious questions,” harbor pilot Marta Velloso said": an
adjective of time opening the sentence makes the word in -s after it a plural noun, never a body
"New" that reports; the name after the quotation speaks."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of


@pytest.mark.parametrize("adjective", ["New", "Fresh", "Recent"])
def test_time_adjective_and_plural_noun_opening_a_sentence_speak_no_words(adjective):
    text = (
        "The port authority released figures on Tuesday about cargo delays.\n\n"
        f"{adjective} reports about the ships “raise serious questions about safety” because of what they "
        "reveal, harbor pilot Marta Velloso said Friday.\n"
    )
    assert speakers_of(text) == ["Marta Velloso"]


def test_a_body_named_new_something_still_reports():
    text = (
        "The figures came out on Tuesday.\n\nNew Harbor Weekly reports that the ships are “badly delayed.”\n"
    )
    assert speakers_of(text) == ["New Harbor Weekly"]
