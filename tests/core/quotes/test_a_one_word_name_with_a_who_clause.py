"""`Meanwhile Zoraya, who won the top award, spoke about self-love. “…,” she said.`: a lone capitalised
word with a "who" clause (said of people alone) before its verb, after an opening connective or none,
whose paragraph goes on with a he or she saying something, is a person, and the pronoun's speaker;
not the speaker quoted before, nor no one."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of

_BEFORE = "The gala honoured several artists. “Change the world,” said Lorna Vell, the host.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Meanwhile Zoraya, who was honored with the top award, spoke about self-love.",
        "Zoraya, who was honored with the top award, spoke about self-love.",
        "But Zoraya, who won the top award, thanked her fans.",
        "Later Zoraya, who won the top award, told fans she was back.",
    ],
)
def test_a_one_word_name_with_a_who_clause_speaks_as_she(sentence):
    text = _BEFORE + sentence + " “The minute you love yourself, you want to be no one else,” she said.\n"
    assert speakers_of(text) == ["Lorna Vell", "Zoraya"]


def test_a_body_with_a_who_clause_makes_no_person():
    text = _BEFORE + "Meanwhile Police, who arrived late, gave no details. “He ran off,” she said.\n"
    assert speakers_of(text)[1] != "Police"
