""" "One of Sand’s allies suggested" is one of the person's people speaking, unnamed, even when the
person is named in full earlier in the sentence; never the person."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Ethics row\n\nThe ethics board met on Tuesday.\n\n"
SENTENCE = (
    'After Mayor Ivo Sand called his auditor wrong, one of Sand’s allies suggested there was a "slip of '
    'the pen," and the board weighed in.\n'
)


def test_one_of_a_named_persons_allies_speaks_unnamed():
    assert speakers_of(LEAD + SENTENCE) == ["one of Sand’s allies"]


def test_the_person_the_allies_belong_to_does_not_speak():
    assert "Ivo Sand" not in speakers_of(LEAD + SENTENCE)
