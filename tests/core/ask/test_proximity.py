"""Question words close together in a sentence rank it above one holding the same words scattered."""

from __future__ import annotations

from bot.core.ask.candidates import rank_candidates
from tests.conftest import own_article


def test_a_sentence_holding_the_question_words_close_together_ranks_first():
    canal = own_article("ask_canal_coal.txt")
    # Paragraphs 2 and 3 have the same question words, as many words and the same adjacent pairs;
    # only in paragraph 3 do "canal", "coal" and "cheaper" stand within a few words of each other.
    ranked = rank_candidates(canal, "When did the canal make coal cheaper?")
    assert [c.paragraph for c in ranked[:2]] == [3, 2]
