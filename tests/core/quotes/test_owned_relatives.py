"""A relative or someone speaking for another, named by whose they are ("the candidate’s wife said",
"the candidate’s brother said"): the person the article names so, else an unnamed source under that
label; never the person last named (often the one whose relative it is)."""

from __future__ import annotations

from tests.core.quotes.speakers import kinds_of, speakers_of

RACE = "Tom Holt is running for mayor of Salem.\n\n"


def test_an_owned_relative_no_one_is_named_as_is_an_unnamed_source():
    text = RACE + "“He is a good man,” the candidate’s brother said.\n"
    assert speakers_of(text) == ["the candidate’s brother"]
    assert kinds_of(text)["the candidate’s brother"] == "unnamed"


def test_an_owned_relative_described_by_an_adjective_is_an_unnamed_source():
    text = RACE + "“He is a good man,” the candidate’s glamorous wife said.\n"
    assert speakers_of(text) == ["the candidate’s glamorous wife"]


def test_an_owned_relative_the_article_names_is_that_person():
    text = RACE + "His wife, Ann Holt, joined him. “He is a good man,” the candidate’s glamorous wife said.\n"
    assert speakers_of(text) == ["Ann Holt"]
