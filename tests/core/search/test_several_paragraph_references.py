"""`lookup ¶1 ¶2`: several paragraph references (listed, joined by commas or "and", or a range) show
each paragraph whole, in the order typed; they were searched as words and matched nothing."""

from __future__ import annotations

import pytest

from bot.core import api
from bot.core.article import parse_article
from bot.core.errors import ArticleNotChosen, QueryError
from bot.core.search import wording
from bot.core.search.engine import lookup
from bot.core.search.query import paragraph_references
from bot.core.typed import Typed, parse

FERRY = parse_article(
    "Title: Ferry fares rise\n\n"
    "The ferry to Skerry resumed on Monday after a week of repairs.\n\n"
    "The pier was repaired in May, the harbour board said.\n\n"
    "Fares rose by 3 percent, the operator said.\n\n"
    "Commuters said the rise was unfair.\n"
)
PIER = parse_article("Title: Pier\n\nThe pier reopened.\n\nGulls returned.\n")


@pytest.mark.parametrize(
    ("query", "numbers"),
    [
        ("¶1 ¶2", (1, 2)),
        ("¶3, ¶1", (3, 1)),
        ("¶1 and ¶4", (1, 4)),
        ("paras 2 and 3", (2, 3)),
        ("paragraphs 2, 4", (2, 4)),
        ("¶2-4", (2, 3, 4)),
        ("¶2–3 ¶1", (2, 3, 1)),
        ("¶1 ¶1", (1,)),
    ],
)
def test_several_references_are_read_in_the_order_typed(query, numbers):
    assert paragraph_references(query) == numbers


@pytest.mark.parametrize("query", ["¶1 ferry", "paragraph 9 ferry", "ferry ¶1", "1 2"])
def test_a_reference_among_words_is_no_list_of_references(query):
    assert paragraph_references(query) is None


def test_each_paragraph_is_shown_whole_in_the_order_typed():
    result = lookup(FERRY, "¶3 ¶1", 5)
    assert [(h.paragraph, h.text) for h in result.hits] == [
        (3, FERRY.paragraphs[2].text),
        (1, FERRY.paragraphs[0].text),
    ]
    assert result.total == 2
    assert wording.title(result) == "“¶3 ¶1”: 1–2 of 2"


def test_a_range_pages_like_any_lookup():
    result = lookup(FERRY, "¶1-4", 2, 2)
    assert [h.paragraph for h in result.hits] == [3, 4]
    assert result.total == 4


def test_a_paragraph_the_article_lacks_is_named_beside_those_it_has():
    result = lookup(FERRY, "¶2 ¶9", 5)
    assert [h.paragraph for h in result.hits] == [2]
    assert wording.notes(result) == ["The article has no paragraph 9: its paragraphs are numbered 1 to 4."]


def test_references_past_the_last_paragraph_say_where_it_ends():
    result = lookup(FERRY, "¶8 ¶9", 5)
    assert result.hits == ()
    assert wording.nothing_found(result) == (
        "The article has no paragraph after ¶4: its paragraphs are numbered 1 to 4."
    )


def test_a_page_past_the_last_of_references_says_so():
    result = lookup(FERRY, "¶1-400", 1, 9)
    assert (
        wording.nothing_found(result)
        == "“¶1-400”: 4 matches, all on earlier pages; this page is past the last one."
    )


def test_a_huge_range_is_read_no_further_than_the_article():
    result = lookup(FERRY, "¶1-99999999", 5)
    assert [h.paragraph for h in result.hits] == [1, 2, 3, 4]


def test_several_references_typed_alone_open_those_paragraphs():
    assert parse("¶1 ¶2") == Typed("lookup", "¶1 ¶2")
    assert parse("/lookup ¶1, ¶2") == Typed("lookup", "¶1, ¶2")


def test_several_references_asked_say_how_to_read_them():
    with pytest.raises(QueryError, match=r"To read paragraphs 1 and 2, use /lookup ¶1 ¶2\."):
        api.ask(FERRY, "¶1 ¶2")


def test_several_references_name_no_article_among_several():
    with pytest.raises(ArticleNotChosen):
        api.lookup_among([FERRY, PIER], "¶1 ¶2")
