"""A role in the plural ("the officials said", "the aides said") is several people speaking
together: an unnamed group, never the one person the article names."""

from __future__ import annotations

from tests.core.quotes.speakers import kinds_of, speakers_of

BRIDGE = "Tom Reyes, the mayor, closed the bridge on Monday.\n\n"


def test_a_plural_role_is_not_the_one_person_named():
    text = BRIDGE + "“The bridge is unsafe,” the officials said.\n"
    assert speakers_of(text) == ["the officials"]
    assert kinds_of(text)["the officials"] == "unnamed"


def test_a_plural_role_with_a_modifier_is_not_the_one_person_named():
    text = BRIDGE + "“The bridge is unsafe,” said the city officials.\n"
    assert speakers_of(text) == ["the city officials"]


def test_the_singular_role_still_refers_back_to_its_holder():
    assert speakers_of(BRIDGE + "“The bridge is unsafe,” the mayor said.\n") == ["Tom Reyes"]
