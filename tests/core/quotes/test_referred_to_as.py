""" "Referred to X as “…”" names what someone called X: the words are the referrer's, inside a clause
another speaker reports too ("the Ledger states, adding that Maddox has referred to him as “…”");
"referred to" with no "as" ("referred the matter to the committee") says nothing."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Visit\n\nMayor Owen Maddox will host the visiting bishop next month.\n\n"


def test_one_who_referred_to_someone_as_speaks_inside_a_reported_clause():
    text = LEAD + (
        "The bishop has “reached far beyond the church,” the Ledger states, adding that Maddox has referred "
        "to him as “a leader who changes the whole city.”\n"
    )
    assert speakers_of(text) == ["the Ledger", "Owen Maddox"]


def test_referred_to_with_no_as_says_nothing():
    text = LEAD + "The Ledger states that Maddox referred the “harbor question” to the council.\n"
    assert speakers_of(text) != ["Owen Maddox"]


def test_one_who_referred_to_people_who_did_something_quoted_speaks():
    text = (
        "The debate over the Dunmore film festival awards went on all week.\n\n"
        "On Thursday, Bram Dorley scornfully referred to critics who “sit in a dark room and sneer at "
        "everything.”\n"
    )
    assert speakers_of(text) == ["Bram Dorley"]
