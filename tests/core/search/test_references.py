"""`lookup ¶9`: a reader opens the paragraph an answer cites."""

from __future__ import annotations

import pytest

from bot.core.article import parse_article
from bot.core.search.engine import lookup
from bot.core.search.query import paragraph_reference
from tests.conftest import own_article


@pytest.fixture(scope="module")
def ferry():
    return own_article("search_ferry_fares.txt")


@pytest.mark.parametrize("query", ["¶9", "¶ 9", "para 9", "Paragraph 9", "p. 9"])
def test_paragraph_references_are_read(query):
    assert paragraph_reference(query) == 9


@pytest.mark.parametrize("query", ["9", "Paragraph", "para 9 ferry", "2023"])
def test_other_queries_are_not_references(query):
    assert paragraph_reference(query) is None


def test_a_reference_shows_that_paragraph_whole(ferry):
    result = lookup(ferry, "¶7", 5)
    assert [h.paragraph for h in result.hits] == [7]
    assert result.hits[0].text == ferry.paragraphs[6].text


def test_a_caption_reference_is_labelled_as_a_caption(ferry):
    assert lookup(ferry, "paragraph 8", 5).hits[0].is_caption


def test_a_missing_paragraph_says_how_the_article_is_numbered(ferry):
    result = lookup(ferry, "¶99", 5)
    assert result.hits == ()
    assert "1 to 16" in result.message or "1 to" in result.message


def test_a_missing_paragraph_of_a_one_paragraph_text_says_it_is_one_paragraph():
    one_line = parse_article("The ferry fare rose on Monday. Commuters were upset. The council will meet.")
    assert lookup(one_line, "¶3", 5).message == "The article has no paragraph 3: it is one paragraph, ¶1."
