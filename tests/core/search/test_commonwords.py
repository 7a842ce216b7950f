"""The English word list that tells a real word absent from the article from a typo."""

from __future__ import annotations

import pytest

from bot.core.search import commonwords


@pytest.mark.parametrize("word", ["county", "mean", "things", "tough"])
def test_common_english_words_are_known(word):
    assert commonwords.is_common(word)


@pytest.mark.parametrize("word", ["singapur", "phillipines", "blinken", "comunication"])
def test_typos_and_rare_names_are_not(word):
    assert not commonwords.is_common(word)


def _no_package(name):
    raise ModuleNotFoundError(name)


def test_a_missing_word_list_leaves_every_word_uncommon(monkeypatch):
    monkeypatch.setattr(commonwords.resources, "files", _no_package)
    commonwords.common_words.cache_clear()
    try:
        assert commonwords.common_words() == frozenset()
    finally:
        monkeypatch.undo()
        commonwords.common_words.cache_clear()


@pytest.mark.parametrize("word", ["equalise", "colour", "centre", "defence", "programme", "travelled"])
def test_british_spellings_of_common_words_are_english(word):
    assert commonwords.is_common_british(word)


@pytest.mark.parametrize("word", ["tenerife", "louise", "blinken", "county"])
def test_names_and_words_already_common_are_no_british_spelling(word):
    assert not commonwords.is_common_british(word)
