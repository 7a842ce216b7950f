"""A social platform is where words were posted, never a person: "Matthew Conrad on Facebook said"
is Conrad's."""

from __future__ import annotations

from tests.core.quotes.speakers import kinds_of, speakers_of


def test_a_name_on_a_platform_before_the_verb_speaks():
    text = (
        "The post went viral over the weekend.\n\n"
        "Matthew Conrad on Facebook said, “This is an insult to every veteran.”\n"
    )
    assert speakers_of(text) == ["Matthew Conrad"]


def test_a_platform_is_never_listed_as_a_person():
    text = (
        "The post went viral over the weekend.\n\n“We are looking into it,” Facebook said in a statement.\n"
    )
    assert kinds_of(text).get("Facebook") != "person"
