"""A number word or a conjunction opening a sentence before a surname ("Six Reyes supporters ran
...", "By Reyes's own argument, ...") is no given name: it makes no second person of that surname, who
would take the surname's quotations or leave them unclear."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes
from tests.core.quotes.speakers import speakers_of

_TEXT = (
    "Mayor Tom Reyes won the vote on Tuesday.\n\n"
    "Six Reyes supporters ran for council seats, but only two won.\n\n"
    '"Look at what happened in Gull Point," Reyes told supporters in Lenmouth, while 475 residents '
    "were marking their ballots."
)


def test_a_number_word_before_a_surname_makes_no_person():
    people = quotes.list_people(parse_article("Title: T\n\n" + _TEXT))
    assert [p.name for p in people] == ["Tom Reyes"]


def test_the_surname_alone_is_the_one_person_of_that_name():
    assert speakers_of(_TEXT) == ["Tom Reyes"]


def test_a_preposition_before_a_surname_makes_no_person():
    text = (
        "Mayor Tom Reyes won the vote on Tuesday.\n\nBy Reyes's own argument, the council has no right "
        "to overturn the vote. Reyes said so on Monday.\n\n“We keep the harbour open,” Reyes said."
    )
    people = quotes.list_people(parse_article("Title: T\n\n" + text))
    assert [p.name for p in people] == ["Tom Reyes"]


def test_a_conjunction_before_a_surname_makes_no_person_to_take_its_quotations():
    text = (
        "Mayor Tom Reyes won the vote on Tuesday.\n\nBecause Reyes was behind a previous effort "
        "involving a boat—he hired a boat to sail past a rally with a banner on it—people suspected "
        "that Reyes was behind this latest effort.\n\n“We keep the harbour open,” Reyes said."
    )
    assert speakers_of(text) == ["Tom Reyes"]
