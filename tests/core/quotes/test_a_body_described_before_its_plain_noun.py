"""A plain noun speaking ("the office said", "the department said") is the one body the article
described before it in lower-case words ("the state's energy office"), labelled so, so that a reader
can ask for it by those words; it stays the plain noun when two bodies may be meant."""

from __future__ import annotations

from bot.core import quotes
from bot.core.article import parse_article
from tests.core.quotes.speakers import kinds_of, speakers_of

DEPARTMENT = (
    "Cases of measles rose to 14 in Dorrow County this week, the county health department said.\n\n"
    "“Anyone who has not been vaccinated should see a doctor,” the department said in a statement.\n"
)


def test_a_plain_noun_speaks_as_the_body_described_before_it():
    assert speakers_of(DEPARTMENT) == ["the county health department"]
    assert kinds_of(DEPARTMENT) == {"the county health department": "organisation"}


def test_a_described_body_is_reached_by_the_words_of_its_description():
    result = quotes.find_quotes(parse_article("Title: T\n\n" + DEPARTMENT), "health department")
    assert [q.text for q in result.quotes] == ["Anyone who has not been vaccinated should see a doctor"]


def test_a_possessive_description_is_kept_whole():
    text = (
        "The state's energy office has said it supports more wind power on the ridge.\n\n"
        "In a letter, the office called the project “consistent with the state's goals.”\n"
    )
    assert speakers_of(text) == ["the state's energy office"]


def test_two_bodies_described_with_the_same_noun_leave_the_plain_noun():
    text = (
        "The state energy office and the federal energy office disagree about the plan.\n\n"
        "“The plan is sound,” the office said.\n"
    )
    assert speakers_of(text) == ["the office"]


def test_a_noun_going_on_in_a_compound_describes_no_body():
    text = (
        "Voters said the campaign finance case was on their minds.\n\n“We will appeal,” the campaign said.\n"
    )
    assert speakers_of(text) == ["the campaign"]


def test_a_description_that_sets_no_body_apart_leaves_the_plain_noun():
    text = (
        "The same agency that approved the dam has now approved the bridge.\n\n"
        "“The bridge is safe,” the agency said.\n"
    )
    assert speakers_of(text) == ["the agency"]


def test_a_description_set_beside_a_bodys_name_gives_that_name():
    text = (
        "Citizens First, the conservative group that backed several challengers, has demanded a vote.\n\n"
        "“We must do the work that the elites refuse to do,” the group wrote in a letter to supporters.\n"
    )
    assert speakers_of(text) == ["Citizens First"]
    assert kinds_of(text) == {"Citizens First": "organisation"}
