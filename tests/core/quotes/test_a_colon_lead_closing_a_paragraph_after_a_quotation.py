"""A sentence ending on a colon after a quotation in its paragraph ("“…” The Courier says:")
introduces the next paragraph's quoted words; it is no attribution of the quotation before it."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TITLE = "Raids\n\nPatrol boats struck three camps along the coast on Monday.\n\n"
BLOCK = "“There is almost no public information about the network or who runs it today.”\n"


def test_an_outlets_colon_lead_introduces_the_next_paragraph():
    text = (
        TITLE
        + "An unnamed official tells The Halden Courier that the network is led by “a former smuggler "
        + "who knew about the raids.” The Courier says:\n\n"
        + BLOCK
    )
    assert speakers_of(text) == ["an unnamed official", "the Courier"]


def test_a_persons_colon_lead_introduces_the_next_paragraph():
    text = (
        TITLE
        + "An unnamed official says the network is led by “a former smuggler who knew about the raids.” "
        + "Harbor master Ada Holt wrote on Monday:\n\n"
        + BLOCK
    )
    assert speakers_of(text) == ["an unnamed official", "Ada Holt"]
