"""api.ask_among and quote_among: a question (or a name) put to several articles with none chosen is
answered from the first, unless the first never mentions what it names; then from the first other
article that answers it (quotes the person), else the first that holds a passage close to it."""

from __future__ import annotations

from bot.core import api
from bot.core.article import parse_article

WEIR = parse_article(
    "Title: Weir closes\n\nThe Lanthorn weir will close for repairs, the river authority said.\n"
)
SENATE = parse_article(
    "Title: Senate seat\n\nFormer mayor Osric Pellow took his seat in the Senate on Tuesday. "
    "Pellow, 58, led the city council from 2009.\n"
)


def test_the_first_article_answers_what_it_mentions():
    article, answer = api.ask_among([WEIR, SENATE], "Why will the weir close?")
    assert article is WEIR and answer.tier == 1


def test_a_name_the_first_never_mentions_is_answered_from_the_article_naming_it():
    article, answer = api.ask_among([WEIR, SENATE], "How old is Pellow?")
    assert article is SENATE and "58" in answer.answer


def test_a_name_no_article_mentions_is_said_missing_from_the_first():
    article, answer = api.ask_among([WEIR, SENATE], "Who is Ingmar Quist?")
    assert article is WEIR and answer.missing == ("Ingmar Quist",)


def test_a_name_no_article_mentions_is_said_missing_from_all_of_them():
    # "The article doesn't mention" would mean the one article in the footer, of several asked.
    _, answer = api.ask_among([WEIR, SENATE], "Who is Ingmar Quist?")
    assert api.not_mentioned(answer) == "None of the 2 loaded articles mentions Ingmar Quist."


def test_one_article_asked_still_says_the_article():
    _, answer = api.ask_among([WEIR], "Who is Ingmar Quist?")
    assert api.not_mentioned(answer) == "The article doesn't mention Ingmar Quist."


def test_a_quote_of_someone_the_first_never_names_comes_from_the_article_quoting_them():
    senate = parse_article('Title: Seat\n\n"I am ready," said former mayor Osric Pellow.\n')
    article, result = api.quote_among([WEIR, senate], "Pellow")
    assert article is senate and result.speaker.name == "Osric Pellow"


def test_a_quote_of_someone_no_article_names_is_answered_about_the_first():
    article, result = api.quote_among([WEIR, SENATE], "Quist")
    assert article is WEIR and result.speaker is None


def test_a_name_the_first_only_resembles_comes_from_the_article_naming_it_as_typed():
    quay = parse_article('Title: Quay\n\n"Boats can tie up," said harbourmaster Idris Penhallow.\n')
    senate = parse_article('Title: Seat\n\n"I am ready," said former mayor Osric Pellow.\n')
    article, result = api.quote_among([quay, senate], "Pellow")
    assert article is senate and result.speaker.name == "Osric Pellow"


def test_a_name_typed_as_the_first_writes_it_stays_with_the_first():
    quay = parse_article('Title: Quay\n\n"Boats can tie up," said harbourmaster Idris Penhallow.\n')
    senate = parse_article('Title: Seat\n\n"I am ready," said former mayor Osric Pellow.\n')
    article, result = api.quote_among([quay, senate], "the harbourmaster")
    assert article is quay and result.speaker.name == "Idris Penhallow"
