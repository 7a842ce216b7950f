"""A he or she right after a quotation closed before its comma ("... “because of the questions
raised”, he wrote.") attributes the quotation as one closed after it does (",” he wrote"): the
person the sentence opens on is the writer, not what was written about."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "Files\n\nThe inquiry’s chairwoman, Nadia Ferro, said the ministry had adopted an “untenable” "
    "position. “The law gives this committee the right to these files,” Ferro said.\n\n"
    "In a letter to Ferro, the finance minister, Aldo Brenner, asked for more time and said he "
    "would give the inquiry a final answer by 12 May.\n\n"
    "Brenner is consulting the attorney general’s office “because of the grave legal questions raised "
    "by this request and the harm that releasing the files could do to taxpayer privacy"
)


@pytest.mark.parametrize("closing", ["”, he wrote.", ",” he wrote."])
def test_the_sentences_subject_wrote_the_words(closing):
    assert speakers_of(LEAD + closing + "\n")[-1] == "Aldo Brenner"
