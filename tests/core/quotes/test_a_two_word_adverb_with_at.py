"""A two-word adverb opened by "at" ("at once", "at first") between a subject and its verb is
skipped as "also" is: the verb is still the subject's."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Council picks a deputy\n\nIn April, Mayor Ostrow named Tomas Wilde as her deputy.\n\n"


def test_at_once_between_a_body_and_its_verb_of_judging():
    text = (
        LEAD
        + 'The Fenwick Tenants Union at once panned the pairing as "the most careless pair in the county."\n'
    )
    assert speakers_of(text) == ["the Fenwick Tenants Union"]


def test_at_times_between_a_body_and_its_verb_of_judging():
    text = LEAD + 'The Harbor Porters Guild at times derided the mayor as "a friend of the landlords."\n'
    assert speakers_of(text) == ["the Harbor Porters Guild"]
