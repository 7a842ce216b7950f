"""One who "was asked ... and responded" (or "replied") speaks the reply: the passive asking before
the coordinated verb was someone else's."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TITLE = "Pier closes\n\nThe town council voted on Monday to close the old ferry pier.\n\n"


def test_the_one_asked_who_then_responded_speaks():
    text = TITLE + "Mayor Dana Orwell was asked about the vote on Tuesday and responded, “We moved fast.”\n"
    assert speakers_of(text) == ["Dana Orwell"]


def test_the_one_asked_by_a_host_who_then_replied_speaks():
    text = (
        TITLE
        + "Mayor Dana Orwell was asked by host Tom Reyes if she regretted it and replied, “Not at all.”\n"
    )
    assert speakers_of(text) == ["Dana Orwell"]
