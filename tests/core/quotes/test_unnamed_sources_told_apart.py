"""Unnamed sources of one noun: "one senior official" after "the senior official" is someone else, and
"the spokesman" paragraphs after "a company spokesman" is that spokesman, one speaker, not two."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes
from tests.core.quotes.speakers import speakers_of

RESIGNATION = (
    "Ada Holt resigned as port director on Monday.\n\n"
    "“She was not asked to stay,” the senior official said.\n\n"
    "Several officials said the council bore her no ill will.\n\n"
    "“It was time for the council, not for her,” one senior official said.\n"
)


def test_one_senior_official_after_the_senior_official_is_a_second_source():
    assert speakers_of(RESIGNATION) == ["the senior official", "one senior official"]
    listed = quotes.list_speakers(parse_article("Title: T\n\n" + RESIGNATION))
    assert [s.name for s in listed.speakers] == ["the senior official", "one senior official"]


def test_the_official_after_one_senior_official_is_that_official():
    text = RESIGNATION + "\n“We wish her well,” the official added.\n"
    assert speakers_of(text)[-1] == "one senior official"


BROWSER = (
    "Harbor Soft still leads the browser market, a company spokesman said on Monday.\n\n"
    "Harbor Soft sees the change as the “natural ebb and flow of a market,” the spokesman said.\n\n"
    "Rival browsers gained two points in October.\n\n"
    "Users will come back, the spokesman said. “As they check out the others, they will come back.”\n"
)


def test_the_spokesman_paragraphs_later_is_the_spokesman_introduced():
    assert speakers_of(BROWSER) == ["a company spokesman", "a company spokesman"]


def test_the_spokeswoman_is_the_one_introduced_for_a_body():
    text = (
        "A spokeswoman for Harbor Bank said the bank would “wait and see.”\n\n"
        "Shares rose on Tuesday.\n\n"
        "The spokeswoman said the bank had “no plan to sell.”\n"
    )
    assert speakers_of(text) == ["a spokeswoman for Harbor Bank"] * 2


def test_a_spokesman_is_not_taken_up_as_the_official():
    text = BROWSER + "\nThe official said the figures were “early.”\n"
    assert speakers_of(text)[-1] == "the official"
