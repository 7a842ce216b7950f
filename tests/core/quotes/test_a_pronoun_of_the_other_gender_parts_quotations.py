"""`“…,” Tom Brannigan said. She shook her head. “…”`: a sentence between two quotations whose subject is a
pronoun that cannot be the first speaker ("she" after a man) is about someone else, so the quotation
after it does not go on as his; a pronoun that fits him, or none, lets it go on."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of

_BEFORE = "“I have not seen a winter like it on the quay,” Tom Brannigan said. "
_AFTER = " “Nobody asked any of us what we wanted.”\n"


def test_a_she_after_a_man_speaking_leaves_the_next_quotation_to_no_one():
    assert speakers_of(_BEFORE + "She shook her head." + _AFTER) == ["Tom Brannigan", None]


def test_a_he_after_a_man_speaking_lets_his_quotation_go_on():
    assert speakers_of(_BEFORE + "He shook his head." + _AFTER) == ["Tom Brannigan", "Tom Brannigan"]


@pytest.mark.parametrize("gap", ["The ferry was late again.", "Her coat was soaked through."])
def test_a_sentence_with_no_pronoun_subject_of_the_other_gender_lets_it_go_on(gap):
    assert speakers_of(_BEFORE + gap + _AFTER) == ["Tom Brannigan", "Tom Brannigan"]
