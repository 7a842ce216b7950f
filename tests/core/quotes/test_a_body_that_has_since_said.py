"""A body whose verb of saying comes after "has since" ("The Norvale Gazette has since reported that
the board is “…”") speaks the words, as with "has reported"."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Charity board\n\nThe Hallworth Trust has long faced questions about its backers.\n\n"


def test_a_body_that_has_since_reported_speaks():
    text = LEAD + (
        "The Norvale Gazette has since reported that the trust’s board is now “made up entirely of "
        "people who have given more than $1 million to the group.”\n"
    )
    assert speakers_of(text) == ["the Norvale Gazette"]


def test_a_person_that_has_since_said_still_speaks():
    text = LEAD + (
        "Ellen Marsh has since said that the trust’s board is “made up of people who care about the "
        "hospital and nothing else.”\n"
    )
    assert speakers_of(text) == ["Ellen Marsh"]
