"""`lookup` with words that match nothing: results for the others, the left-out word named."""

from __future__ import annotations

import pytest

from bot.core.search.engine import lookup
from tests.conftest import own_article


@pytest.fixture(scope="module")
def ferry():
    return own_article("search_ferry_fares.txt")


def test_a_word_matching_nothing_is_left_out_and_named(ferry):
    result = lookup(ferry, "Holmberg 2023", 5)
    assert result.ignored == ("2023",)
    assert result.hits and "Holmberg" in result.hits[0].text


def test_the_title_echoes_only_the_words_searched(ferry):
    assert lookup(ferry, "Holmberg 2023", 5).searched == "Holmberg"


def test_stop_words_are_ignored_when_other_words_remain(ferry):
    hit = lookup(ferry, "the Solvik", 5).hits[0]
    assert "\u0002the\u0003" not in hit.marked.lower()
    assert "Solvik" in hit.text


def test_a_query_of_stop_words_only_gets_a_short_clear_message(ferry):
    result = lookup(ferry, "of the", 5)
    assert result.hits == ()
    assert "too common" in result.message


def test_an_acronym_in_capitals_is_not_a_stop_word(bundled):
    result = lookup(bundled, "US", 5)
    assert result.hits and not result.message


def test_nothing_matching_at_all_returns_nothing(ferry):
    result = lookup(ferry, "zeppelin", 5)
    assert result.hits == () and result.total == 0


def test_a_common_english_word_absent_from_the_article_is_not_taken_for_a_typo(ferry):
    # "county" is one edit from "country", "mean" a prefix of "meanwhile": neither is meant.
    article = own_article("search_ferry_fares.txt")
    result = lookup(article, "tickets county", 5)
    assert result.ignored == ("county",)
