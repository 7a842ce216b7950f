"""A name given as one of the people a plural noun names ("protesters like Wren Ostler", "artists
such as Ludacris") is a person's, though its given name is in no list: a she after it may mean her."""

from __future__ import annotations

import pytest

from bot.core.article import parse_article
from bot.core.quotes.registry import build_registry
from tests.core.quotes.speakers import speakers_of

ARTICLE = (
    "The transit agency announced last month that it would cut night bus service.\n\n"
    "Agency director Paul Hendry says the cuts will save money.\n\n"
    "It also brought protesters like Wren Ostler to the agency's front door.\n\n"
    "“We have a lot of drivers honking their support,” she says.\n"
)


def test_the_she_after_means_the_person_given_as_an_example():
    assert speakers_of(ARTICLE) == ["Wren Ostler"]


@pytest.mark.parametrize("lead", ["protesters like", "residents such as"])
def test_the_example_is_a_person(lead):
    text = ARTICLE.replace("protesters like", lead)
    names = [p.name for p in build_registry(parse_article("Title: T\n\n" + text)).persons]
    assert "Wren Ostler" in names


def test_an_example_of_things_is_no_person():
    text = ARTICLE.replace("protesters like Wren Ostler", "cities like Carrow Bay")
    names = [p.name for p in build_registry(parse_article("Title: T\n\n" + text)).persons]
    assert "Carrow Bay" not in names
