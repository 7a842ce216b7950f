"""A paper named with a role's word ("“…,” the Star wrote") is the paper speaking, not a star who
refers back to the person quoted before; "the Republican" and "the Texan" stay roles."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Ticket row\n\n"


def test_the_star_wrote_is_the_paper():
    text = LEAD + (
        "“They no longer need a ticket,” Harbor Press Secretary Dalton Pruett said at a briefing.\n\n"
        "“The word from the harbor ended a day of confusion,” the Star wrote.\n"
    )
    assert speakers_of(text) == ["Dalton Pruett", "the Star"]


def test_the_texan_still_refers_back():
    text = LEAD + (
        "Former Gov. Rick Pardo spoke in Austin on Monday.\n\n"
        "“The voters want a fighter this time,” the Texan said.\n"
    )
    assert speakers_of(text) == ["Rick Pardo"]
