"""A social platform after "on" or "via" is where words were posted, never a person: "Matthew
Conrad on Facebook said" is Conrad's. A platform that says something itself still speaks."""

from __future__ import annotations

from tests.core.quotes.speakers import kinds_of, speakers_of


def test_a_name_on_a_platform_before_the_verb_speaks():
    text = (
        "The post went viral over the weekend.\n\n"
        "Matthew Conrad on Facebook said, “This is an insult to every veteran.”\n"
    )
    assert speakers_of(text) == ["Matthew Conrad"]


def test_a_platform_saying_something_itself_still_speaks():
    text = "The account was suspended on Friday.\n\n“We do not comment on single accounts,” Twitter said.\n"
    assert speakers_of(text) == ["Twitter"]


def test_a_platform_saying_something_itself_is_an_organisation():
    text = (
        "The accounts were suspended on Friday.\n\n"
        "“We have removed the accounts,” Twitter said in a statement.\n"
    )
    assert kinds_of(text) == {"Twitter": "organisation"}
