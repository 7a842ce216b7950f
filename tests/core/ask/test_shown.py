"""ask.shown: the chosen sentence as the answer, with the paragraph it comes from as its source."""

from __future__ import annotations

from bot.core.ask.candidates import rank_candidates
from bot.core.ask.shown import candidate_answer, cited_sources
from bot.core.search.index import build_index
from tests.conftest import own_article


def test_the_answer_is_the_candidate_and_its_source_its_paragraph():
    article = own_article("ask_lifeboat_quotes.txt")
    question = "Who fired the flares?"
    best = rank_candidates(article, question)[0]
    result = candidate_answer(article, build_index(article), question, best)
    assert result.answer == best.text
    assert result.sources == cited_sources(article, [best])
