"""`Marta Quell won, beating stars including Anna Berg, Kate Wills and Ida Stone. “…,” she said.`: the
later members of a list whose first member stands in an object's place (after "including", after a
verb) are objects too, neither the subject a pronoun looks back to nor a rival of the sentence's own
subject; a name after an opening phrase's comma stays the main clause's subject."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of

_QUOTE = " “I don't know what I did to deserve this,” she told the audience.\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Marta Quell won her second prize, beating stars including Anna Berg, Kate Wills and Ida Stone.",
        "Marta Quell beat Anna Berg, Kate Wills and Ida Stone.",
        "Marta Quell beat Anna Berg, Kate Wills or Ida Stone in every round.",
    ],
)
def test_a_pronoun_passes_over_a_listed_object_to_the_subject(sentence):
    assert speakers_of(sentence + _QUOTE) == ["Marta Quell"]


def test_two_subjects_joined_by_and_stay_unclear():
    assert speakers_of("Marta Quell and Anna Berg won prizes." + _QUOTE) == [None]


def test_a_subject_after_an_opening_phrase_stays_the_subject():
    text = "After meeting Tom Reyes, Ada Velt spoke to the crowd. “We will win,” she said.\n"
    assert speakers_of(text) == ["Ada Velt"]
