"""`lookup` ranking: every word first, then fewer typos, closer words, exact forms, BM25, order."""

from __future__ import annotations

import pytest

from bot.core.search.engine import lookup, rank
from bot.core.search.index import TermMatch, build_index
from bot.core.search.query import QueryWord
from tests.conftest import own_article


@pytest.fixture(scope="module")
def ferry():
    return own_article("search_ferry_fares.txt")


def first(article, query):
    return lookup(article, query, 5).hits[0]


def test_a_paragraph_with_every_word_outranks_a_short_one_with_the_rare_word(ferry):
    # "Nordstjerna arrives in April." is short and holds the rarer word; BM25 alone prefers it.
    hit = first(ferry, "Nordstjerna engines")
    assert "Nordstjerna" in hit.text and "engines" in hit.text


def test_closer_words_rank_first_when_both_paragraphs_hold_every_word(ferry):
    hit = first(ferry, "northern route")
    assert "northern ferry route" in hit.text


def test_the_exact_form_outranks_a_shorter_paragraph_with_a_relative(ferry):
    hit = first(ferry, "claimed")
    assert "claimed" in hit.text


def test_the_relative_still_follows_the_exact_form(ferry):
    paragraphs = [h.paragraph for h in lookup(ferry, "claimed", 5).hits]
    assert paragraphs == [2, 3]


def test_fewer_typos_rank_first(ferry):
    index = build_index(ferry)
    word = QueryWord(
        "holmberg",
        (TermMatch("holmberg", 1.0, "exact"), TermMatch("halmberg", 0.65, "typo")),
        False,
        "Holmberg",
    )
    passages, total = rank(index, [word], [word], 5)
    assert total == 2
    assert "Holmberg" in passages[0].entry.text


def test_equal_matches_keep_the_article_order(ferry):
    paragraphs = [h.paragraph for h in lookup(ferry, "euros", 5).hits]
    assert paragraphs == sorted(paragraphs)


def test_a_caption_follows_body_text_with_the_same_match(ferry):
    hits = lookup(ferry, "shipyard", 5).hits
    assert [h.is_caption for h in hits] == [False, False, True]
