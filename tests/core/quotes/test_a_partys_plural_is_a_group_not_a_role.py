""" "Democrats" and "Republicans" name a group that speaks together, not one person's role: "but
congressional Democrats slammed the request as “…”" is theirs, never the person named last."""

from __future__ import annotations

from .speakers import speakers_of

OPENING = "President Tom Reyes asked Congress for money on Monday.\n\n"


def test_a_party_in_the_plural_after_a_clause_speaks_as_a_group():
    article = OPENING + (
        "The White House requested more aid for the response, but congressional Democrats slammed "
        "the request as “woefully insufficient.”\n"
    )
    assert speakers_of(article) == ["congressional Democrats"]


def test_the_party_in_the_plural_speaks_as_a_group():
    article = OPENING + "The Republicans slammed the request as “a blank check.”\n"
    assert speakers_of(article) == ["the Republicans"]


def test_a_participle_after_a_relative_clause_goes_on_from_the_main_clause():
    article = OPENING + (
        "He touted his response to the virus, which Democrats have sharply criticized, saying, "
        "“We have done a fantastic job.”\n"
    )
    assert speakers_of(article) == ["Tom Reyes"]


def test_a_participle_after_the_main_verb_goes_on_from_the_subject_a_whose_clause_hangs_on():
    article = OPENING + (
        "Sen. Dan Abernethy spoke on Wednesday.\n\nAbernethy, whose ferry plan Reyes blasted as “amnesty” "
        "during the race, was blunt in an interview on Thursday, calling the new budget “reckless.”\n"
    )
    assert speakers_of(article) == ["Dan Abernethy"]
