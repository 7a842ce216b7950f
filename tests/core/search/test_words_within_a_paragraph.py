"""`lookup ¶3 shutdown`: the words looked for in that one paragraph, never the reference's number."""

from __future__ import annotations

import pytest

from bot.core.article import parse_article
from bot.core.search.engine import MARK_END, MARK_START, lookup
from bot.core.search.query import scoped_reference
from bot.core.search.wording import title


@pytest.fixture(scope="module")
def budget():
    return parse_article(
        "Title: Budget talks stall\n\nThe agency warned of a shutdown next week.\n\n"
        "A shutdown would cost $3.6 billion a week, the budget office said.\n\nTalks resume Monday.\n"
    )


@pytest.mark.parametrize("query", ["¶3 shutdown", "¶ 3 shutdown", "para 3: shutdown", "paragraph 3 shutdown"])
def test_a_reference_before_words_scopes_them_to_the_paragraph(query):
    assert scoped_reference(query) == (3, "shutdown")


@pytest.mark.parametrize("query", ["¶3", "¶2 ¶3", "3 shutdown", "shutdown"])
def test_a_reference_alone_or_words_alone_are_not_scoped(query):
    assert scoped_reference(query) is None


def test_the_words_are_found_in_that_paragraph_alone(budget):
    result = lookup(budget, "¶1 shutdown", limit=5)
    assert [hit.paragraph for hit in result.hits] == [1]


def test_the_reference_number_is_not_marked_in_the_paragraph(budget):
    (hit,) = lookup(budget, "¶2 shutdown", limit=5).hits
    assert hit.marked.count(MARK_START) == 1
    assert f"{MARK_START}shutdown{MARK_END}" in hit.marked


def test_the_title_says_the_words_and_the_paragraph(budget):
    assert title(lookup(budget, "¶2 shutdown", limit=5)) == "“shutdown” in ¶2"


def test_a_paragraph_without_the_words_says_so_and_offers_the_whole_article(budget):
    result = lookup(budget, "¶3 shutdown", limit=5)
    assert result.hits == ()
    assert result.message == "¶3 doesn't mention “shutdown”. Try /lookup shutdown for the whole article."


def test_a_paragraph_the_article_lacks_says_its_range(budget):
    assert "numbered 1 to 3" in lookup(budget, "¶9 shutdown", limit=5).message
