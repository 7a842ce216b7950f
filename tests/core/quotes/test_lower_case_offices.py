"""An office written in lower case with what it is "of" before a name ("former US secretary of
state Madeleine Albright", "chief of staff Ray Dorn") is the name's role, and opens its phrase."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes.registry import build_registry
from tests.core.quotes.speakers import speakers_of


def test_an_office_of_something_before_a_name_opens_the_subject():
    text = (
        "Ann Bly is one of many backers of the ferry. Ada Holt has a long list of well-known "
        "backers on her side.\n\n"
        "Former US secretary of state Edna Voss, a Holt backer, stirred a row this spring with "
        "her remark that “the ferry owes nothing to people who will not pay.”\n"
    )
    assert speakers_of(text) == ["Edna Voss"]


def test_an_office_of_something_is_the_persons_role():
    text = "White House chief of staff Ray Dorn met the ferry crews on Monday.\n"
    people = {p.name: p.roles for p in build_registry(parse_article("Title: T\n\n" + text)).persons}
    assert people == {"Ray Dorn": ["White House chief of staff"]}


def test_a_relative_of_someone_is_no_office():
    text = "The son of harbor Ray Dorn met the ferry crews on Monday.\n"
    people = {p.name: p.roles for p in build_registry(parse_article("Title: T\n\n" + text)).persons}
    assert people.get("Ray Dorn", []) == []
