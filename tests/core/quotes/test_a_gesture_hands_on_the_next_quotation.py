"""`“…,” Tom Ebeling said. Betsy Ebeling shook her head. “…”`: a sentence naming one person alone, who
opens it with a gesture (shook her head, smiled, shrugs), hands the quotation after it to that person,
also after someone else's quotation in the paragraph; a sentence with no gesture ("bought bonds"), or
naming someone else too, hands on nothing."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of

_BEFORE = "The couple sat on the porch. “It goes in here and goes out here,” Tom Ebeling said. "
_AFTER = " “Tom is much better about it than I am.”\n"


@pytest.mark.parametrize(
    "beat",
    ["Betsy Ebeling shook her head.", "But Betsy Ebeling smiles.", "Betsy Ebeling shrugged and looked away."],
)
def test_a_gesture_hands_on_the_next_quotation(beat):
    assert speakers_of(_BEFORE + beat + _AFTER) == ["Tom Ebeling", "Betsy Ebeling"]


@pytest.mark.parametrize(
    "sentence", ["Betsy Ebeling bought bonds in May.", "Betsy Ebeling shook her head at Ada Velt."]
)
def test_no_gesture_or_another_person_hands_on_nothing(sentence):
    assert speakers_of(_BEFORE + sentence + _AFTER)[1] is None
