"""`lookup` corrections: searched and named when one is clearly best; "did you mean" otherwise."""

from __future__ import annotations

import pytest

from bot.core.search.engine import lookup
from tests.conftest import own_article


@pytest.fixture(scope="module")
def ferry():
    return own_article("search_ferry_fares.txt")


@pytest.mark.parametrize(
    ("typed", "searched"),
    [("Phillipines", "Philippines"), ("Singapur", "Singapore"), ("Nordstjena", "Nordstjerna")],
)
def test_a_clearly_best_correction_is_searched_and_named(ferry, typed, searched):
    result = lookup(ferry, typed, 5)
    assert result.corrected == searched
    assert result.hits and searched in result.hits[0].text


def test_the_title_echoes_the_corrected_word(ferry):
    assert lookup(ferry, "Singapur", 5).searched == "Singapore"


def test_an_uncorrected_query_reports_no_correction(ferry):
    assert lookup(ferry, "Singapore", 5).corrected is None


def test_two_equally_close_words_are_a_question_not_a_guess(ferry):
    result = lookup(ferry, "Hulmberg", 5)
    assert result.hits == ()
    assert set(result.suggestions) >= {"Holmberg", "Halmberg"}


def test_a_correction_keeps_the_other_words(ferry):
    result = lookup(ferry, "Singapur talks", 5)
    assert result.corrected == "Singapore talks"
