"""api.lookup_among, a /lookup naming no article put to several: the article holding the keyword as
typed answers, else one holding a form of it; held by none, the reply speaks of all of them."""

from __future__ import annotations

import pytest

from bot.core import api
from bot.core.article import parse_article
from bot.core.errors import ArticleNotChosen

WEIR = parse_article(
    "Title: Weir closes\n\nThe Lanthorn weir will close for repairs, the river authority said.\n"
)
SENATE = parse_article(
    "Title: Senate seat\n\nFormer mayor Osric Pellow took his seat in the Senate on Tuesday. "
    "Pellow, 58, led the city council from 2009.\n"
)


def test_the_first_article_holding_the_keyword_answers():
    article, result = api.lookup_among([WEIR, SENATE], "council")
    assert article is SENATE and [h.paragraph for h in result.hits] == [1]


def test_a_keyword_written_as_typed_beats_a_typo_of_it_in_an_earlier_article():
    senate = parse_article("Title: Seat\n\nThe senate met on Monday.\n")
    weir = parse_article("Title: Weir\n\nThe senat opened the weir.\n")  # within a typo of it
    article, result = api.lookup_among([weir, senate], "senate")
    assert article is senate and result.corrected is None


def test_a_misspelt_keyword_is_found_where_a_form_of_it_is():
    article, result = api.lookup_among([WEIR, SENATE], "Pelow")
    assert article is SENATE and result.hits


def test_a_keyword_no_article_holds_is_said_missing_from_all_of_them():
    article, result = api.lookup_among([WEIR, SENATE], "pizza")
    assert article is WEIR and not result.hits
    assert result.message == (
        "Nothing in the 2 loaded articles matches “pizza”. Try a shorter or different word."
    )


def test_a_stop_word_keeps_its_own_reason():
    _, result = api.lookup_among([WEIR, SENATE], "the")
    assert "too common" in result.message


def test_a_paragraph_reference_names_no_article():
    with pytest.raises(ArticleNotChosen):
        api.lookup_among([WEIR, SENATE], "¶1")


def test_one_article_answers_as_lookup_does():
    article, result = api.lookup_among([WEIR], "pizza")
    assert article is WEIR and result.message == "" and result.ignored == ("pizza",)


def test_articles_after_one_writing_the_keyword_are_not_searched():
    # A library of hundreds is parsed on first use: a lookup found in the first must not read the rest.
    unreadable = object()  # searching it would raise ArticleError
    article, result = api.lookup_among([SENATE, unreadable], "Pellow")  # type: ignore[list-item]
    assert article is SENATE and result.hits
