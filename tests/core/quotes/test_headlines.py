"""A Title Case headline ending in a full stop is the article's title: its words make no person."""

from __future__ import annotations

from bot.core import api
from bot.core.quotes import engine
from tests.conftest import own_article


def test_title_case_headline_words_make_no_person():
    article = own_article("headline_title_case.txt")
    names = {person.name for person in engine.list_people(article)}
    assert "Ada Holt" in names
    assert not [name for name in names if "Defends" in name or "Six" in name]


def test_surname_from_the_headline_means_the_one_person_of_the_body():
    article = own_article("headline_title_case.txt")
    result = api.quote(article, "Holt")
    assert result.speaker is not None and result.speaker.name == "Ada Holt"
    assert [q.text for q in result.quotes] == ["We have no other way to pay for the new boats"]
    assert not result.suggestions
