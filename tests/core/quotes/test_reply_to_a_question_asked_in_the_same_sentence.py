"""`When Ms. Marsh asked Mrs. Holt if she was ready, she replied, “…”`: the one who replies is the one asked
in the same sentence before the pronoun, as when the question is the sentence before (was the asker)."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

OPENING = "Pilot\n\nAda Holt gave an interview to the writer Lena Marsh on Monday. "


def test_the_one_asked_replies_in_the_same_sentence():
    text = OPENING + (
        "When Ms. Marsh asked Mrs. Holt if she considered herself a pilot, she replied, “Yes, absolutely, "
        "I do and always will,” and laughed."
    )
    assert speakers_of(text) == ["Ada Holt"]


def test_the_one_asked_in_the_sentence_before_as_before():
    text = OPENING + (
        "Ms. Marsh asked Mrs. Holt if she considered herself a pilot. She replied, “Yes, absolutely, "
        "I do and always will.”"
    )
    assert speakers_of(text) == ["Ada Holt"]
