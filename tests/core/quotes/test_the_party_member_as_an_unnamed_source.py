"""A party member's noun after "the" that refers back to no one ("said the Republican close to the
White House") is an unnamed person, as "a Republican" is; "the Republican Party" stays a body. So
is "one close ally of the campaign": "close" places a source only before its "to"."""

from __future__ import annotations

from tests.core.quotes.speakers import kinds_of

LEAD = "Mayor Carl Pruitt pushed the budget through on Monday.\n\n"


def test_the_republican_no_one_is_named_as_is_an_unnamed_source():
    text = LEAD + "“It meant nothing,” said the Republican close to the White House.\n"
    assert kinds_of(text) == {"the Republican": "unnamed"}


def test_the_party_is_an_organisation():
    text = LEAD + "“It meant nothing,” the Republican Party said.\n"
    assert kinds_of(text) == {"the Republican Party": "organisation"}


def test_a_close_ally_of_a_campaign_is_an_unnamed_source():
    text = LEAD + "“It meant nothing,” said one close ally of the campaign.\n"
    assert kinds_of(text) == {"one close ally of the campaign": "unnamed"}
