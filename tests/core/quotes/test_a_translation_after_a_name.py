"""A quotation telling what a name means ("known as Tavaluk, which means “the tall one”", "Shalom,
meaning “peace”") is a translation: no one says it, least of all the
name; words after "which means" in someone's reported speech stay theirs."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of


@pytest.mark.parametrize("gloss", ["which means", "meaning"])
def test_a_translation_of_a_name_has_no_speaker(gloss):
    text = f"The mountain was originally known as Tavaluk, {gloss} “the tall one” in the old language.\n"
    assert speakers_of(text) == [None]


def test_words_after_which_means_in_reported_speech_are_the_speakers():
    text = "Mayor Ann Holt says the cut, which means “fewer jobs for the valley,” is wrong.\n"
    assert speakers_of(text) == ["Ann Holt"]
