"""Verbs that say only with the word after them: "spoke about" (as "talked about") someone the words
describe, and "allowed that" (a point conceded, as "found that") what the words say."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TITLE = "Parks\n\nGovernor Ellen Marsh gave a speech on Tuesday in Port Wrenfield.\n\n"


def test_spoke_about_gives_the_words_after_it_to_the_subject():
    text = TITLE + (
        "The governor spoke about children who have never seen its parks, “because they are busy"
        " watching their backs.”\n"
    )
    assert speakers_of(text) == ["Ellen Marsh"]


def test_allowed_that_is_the_subjects_not_an_outlets_cited_before():
    text = TITLE + (
        "Tobias Wrenfield, who is the region's largest landowner, according to the Dorrington Ledger, did"
        " allow that “you wouldn't bet the farm on every one of these.”\n"
    )
    assert speakers_of(text) == ["Tobias Wrenfield"]


def test_a_plain_allow_says_nothing():
    text = TITLE + "The rules allow the “largest parks in the region” to close at dusk, the governor noted.\n"
    assert speakers_of(text) == ["Ellen Marsh"]
