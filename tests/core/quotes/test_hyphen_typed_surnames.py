"""A double surname written with a space ("Ana Lopez Garcia") is who a query typed with a hyphen
("Lopez-Garcia") means; a hyphen joining two people's names means no one."""

from __future__ import annotations

from bot.core import api
from bot.core.article import parse_article
from bot.core.quotes import engine as quotes
from tests.conftest import own_article

TEXT = (
    "Title: Lifeboat appeal\n\nThe appeal raised twice its target, the station said.\n\n"
    'Station manager Ana Lopez Garcia thanked the town. "We never dreamed it," she said.\n\n'
    'Coxswain Tom Reyes agreed. "It was a surprise," he said.'
)


def quoted(query: str) -> str | None:
    result = api.quote(parse_article(TEXT), query)
    return result.speaker.name if result.speaker and result.quotes else None


def test_a_double_surname_typed_with_a_hyphen_is_the_person():
    assert quoted("Lopez-Garcia") == "Ana Lopez Garcia"


def test_two_peoples_names_joined_by_a_hyphen_are_no_one():
    assert quoted("Garcia-Reyes") is None


GLIDER = "quotes_glider_inquest.txt"


def test_one_part_of_a_hyphenated_surname_finds_the_person():
    result = quotes.find_quotes(own_article(GLIDER), "Brandt")
    assert result.speaker is not None and result.speaker.name == "Jonas Kowalczyk-Brandt"
    assert result.quotes[0].text.startswith("I saw nothing")
