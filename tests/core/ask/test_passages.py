"""ask.passages: the closest passage is the best candidate's paragraph, and the leads are the
closest paragraphs, at most ASK_LEADS of them."""

from __future__ import annotations

from bot.core import constants
from bot.core.ask.candidates import rank_candidates
from bot.core.ask.passages import closest_passage, leads
from tests.conftest import own_article


def test_the_closest_passage_of_a_short_paragraph_is_the_whole_paragraph():
    article = own_article("ask_lifeboat_quotes.txt")
    ranked = rank_candidates(article, "Who fired the flares?")
    passage = closest_passage(article, ranked[0], ranked)
    assert passage.text == article.paragraph(passage.paragraph).text


def test_the_leads_are_at_most_ask_leads_paragraphs():
    article = own_article("ask_lifeboat_quotes.txt")
    ranked = rank_candidates(article, "What did Tait do at the harbour?")
    assert 0 < len(leads(article, ranked)) <= constants.ASK_LEADS
