"""An unnamed person after an inverted verb, described by a participle ("said one girl explaining
her past", "said a woman holding a sign"), speaks, labelled so."""

from __future__ import annotations

from tests.core.quotes.speakers import kinds_of, speakers_of


def test_one_girl_explaining_her_past_speaks():
    text = "The girls told their stories.\n\n“Mom worked nights,” said one girl explaining her past.\n"
    assert speakers_of(text) == ["one girl explaining her past"]
    assert kinds_of(text) == {"one girl explaining her past": "unnamed"}


def test_a_woman_holding_a_sign_speaks():
    text = "The march went on into the evening.\n\n“We will not go away,” said a woman holding a sign.\n"
    assert speakers_of(text) == ["a woman holding a sign"]
