"""`lookup` counts every match and pages through them; the JSON names total, corrected, ignored."""

from __future__ import annotations

import pytest

from bot.core import api
from bot.core.search.engine import lookup
from tests.conftest import own_article


@pytest.fixture(scope="module")
def ferry():
    return own_article("search_ferry_fares.txt")


def test_the_total_counts_every_matching_paragraph(ferry):
    mentions = sum("ferry" in p.text.lower() for p in ferry.paragraphs if p.duplicate_of is None)
    assert lookup(ferry, "ferry", 5).total == mentions


def test_the_bundled_article_mentions_china_in_eighteen_paragraphs(bundled):
    assert lookup(bundled, "China", 5).total == 18


def test_pages_follow_on_without_repeats_or_gaps(ferry):
    first, second = lookup(ferry, "ferry", 5), lookup(ferry, "ferry", 5, 5)
    everything = lookup(ferry, "ferry", 25)
    assert [h.paragraph for h in first.hits + second.hits] == [h.paragraph for h in everything.hits[:10]]
    assert second.start == 5


def test_the_api_pages_from_one(ferry):
    assert api.lookup(ferry, "ferry", 5, page=2).start == 5


def test_json_names_total_corrected_and_ignored(ferry):
    data = api.lookup(ferry, "Singapur 2023").to_dict()
    assert set(data) == {"query", "results", "total", "corrected", "ignored"}
    assert (data["total"], data["corrected"], data["ignored"]) == (1, "Singapore", ["2023"])


def test_json_corrected_is_null_when_nothing_was_corrected(ferry):
    assert api.lookup(ferry, "ferry").to_dict()["corrected"] is None
