"""An unnamed source first met under "the" ("The former Holt campaign worker said") is taken up by
a shorter "the former campaign worker", as one met under "a" would be; never the person last named."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Campaign ties\n\nAides to Gina Holt have played down the part of Paul Dorn.\n\n"


def test_a_shorter_role_takes_up_the_definite_label():
    text = LEAD + (
        "The former Holt campaign worker said “Dorn was brought on to count the delegates.”\n\n"
        "And the former campaign worker asserted that Holt and Dorn “never had a relationship” at all.\n"
    )
    assert speakers_of(text)[-1] == "the former Holt campaign worker"


def test_an_indefinite_label_is_still_preferred():
    text = LEAD + (
        "A Holt aide said the pay was “lawful.”\n\n"
        "The aide to Gina Holt said the office “pays the rest” of the costs.\n\n"
        "The Holt aide said the servers were “the only pieces” bought.\n"
    )
    assert speakers_of(text)[-1] == "a Holt aide"
