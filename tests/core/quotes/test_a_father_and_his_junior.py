"""A father and his son of the same name are two people: "Governor Ray Tolliver's eldest son, Ray
Tolliver Jr.". News writes the son's suffix every time, so the surname alone is the father's."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes
from tests.core.quotes.speakers import speakers_of

FAMILY = (
    "Governor Ray Tolliver's eldest son, Ray Tolliver Jr., arranged a meeting with a lobbyist last "
    "spring, according to emails released Monday.\n\n"
    "“I was asked to attend by a friend,” Tolliver Jr. said in a statement.\n\n"
)


def test_the_son_and_the_father_are_two_people():
    text = FAMILY + "“Nobody knows for sure,” Tolliver said on Thursday.\n"
    names = [p.name for p in quotes.list_people(parse_article("Title: T\n\n" + text))]
    assert sorted(names) == ["Ray Tolliver", "Ray Tolliver Jr."]


def test_the_surname_alone_is_the_fathers():
    text = FAMILY + "“Nobody knows for sure,” Tolliver said on Thursday.\n"
    assert speakers_of(text) == ["Ray Tolliver Jr.", "Ray Tolliver"]


def test_a_junior_named_once_without_his_suffix_is_still_one_person():
    text = (
        "Civil rights leader Martin Luther King Jr. spoke in the city in 1963.\n\n"
        "“The time is always right to do what is right,” Martin Luther King said.\n"
    )
    assert speakers_of(text) == ["Martin Luther King Jr."]
