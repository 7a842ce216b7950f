"""A lookup of words only the headline holds says so ("Only the headline mentions “row”: no paragraph
of the article does."), where "Nothing in the article matches" would contradict the headline shown
atop the reply; words no part of the article holds still find nothing."""

from __future__ import annotations

from bot.core import api
from bot.core.article import parse_article

TEXT = (
    "Title: Harbour fees row deepens\n\n"
    "Councillors voted on Tuesday to raise mooring fees by 40%.\n\n"
    "Boat owners said the rise would drive them away."
)


def message_of(keyword: str) -> str:
    result = api.lookup_all(parse_article(TEXT), keyword)
    assert result.hits == ()
    return result.message


def test_a_word_only_the_headline_holds_is_said_to_be_there():
    assert message_of("row") == "Only the headline mentions “row”: no paragraph of the article does."


def test_words_only_the_headline_holds_in_any_case_are_said_to_be_there():
    assert message_of("Row Deepens").startswith("Only the headline mentions")


def test_a_word_no_part_of_the_article_holds_finds_nothing_as_before():
    assert message_of("lighthouse") == ""


def test_an_article_without_a_headline_says_nothing_of_one():
    result = api.lookup_all(parse_article(TEXT.split("\n\n", 1)[1]), "row")
    assert result.message == ""
