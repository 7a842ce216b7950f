"""A he or she right after a quotation closed before its comma ("... “because of the questions
raised”, he wrote.") attributes the quotation as one closed after it does (",” he wrote"): the
person the sentence opens on is the writer, not what was written about."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "Files\n\nIn a letter, the finance minister, Aldo Brenner, asked for more time and said he "
    "would answer by May.\n\n"
)


@pytest.mark.parametrize("closing", ["”, he wrote.", ",” he wrote."])
def test_the_sentences_subject_wrote_the_words(closing):
    text = (
        LEAD
        + "Brenner is consulting lawyers “because of the grave legal questions raised by this request"
        + closing
    )
    assert speakers_of(text + "\n") == ["Aldo Brenner"]
