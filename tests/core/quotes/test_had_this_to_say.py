""" "had this to say:" ("The Trump transition team had this to say about the call: “…”") gives the
words to the one who has them to say, as "said:" does; an infinitive of saying is no subject of its
own ("this" says nothing)."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Phone call\n\nThe president-elect spoke with two leaders on Friday.\n\n"


def test_a_body_that_had_this_to_say_speaks():
    text = LEAD + (
        "The Cato Institute had this to say about the call: “Our findings show a clear rise in costs "
        "across the region.”\n"
    )
    assert speakers_of(text) == ["the Cato Institute"]


def test_a_person_named_in_the_about_phrase_does_not_block_the_body():
    text = LEAD + (
        "The transition team had this to say about the call with Duterte: “In their conversation, they "
        "noted the long history of friendship.”\n"
    )
    assert speakers_of(text) == ["the transition team"]
