"""A chamber's leader is no second holder of its members' title: with "Senate Majority Leader Mitch
Connell" and "Sen. Dan Voss" named, "the Iowa senator" is Voss, whom the title names."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_the_senator_is_the_member_the_title_names_not_the_chambers_leader():
    text = (
        "Senate Majority Leader Mitch Connell met Sen. Dan Voss on Tuesday to discuss the farm bill.\n\n"
        "“We are not there yet,” the Iowa senator said.\n"
    )
    assert speakers_of(text) == ["Dan Voss"]
