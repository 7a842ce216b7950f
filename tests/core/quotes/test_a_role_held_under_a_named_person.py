""" "“…,” the former secretary of state under President Arthur Penwick said": the name after "under"
is whom the role was held under, never the speaker; the role means its holder."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

_QUOTED = (
    "“Graduation should be a time of joyous celebration,” the former secretary of state under President "
    "Arthur Penwick said.\n"
)


def test_the_role_held_under_a_president_is_its_holder():
    text = "Former Secretary of State Helena Marsk will not speak at Corvell College.\n\n" + _QUOTED
    assert speakers_of(text) == ["Helena Marsk"]


def test_the_president_it_was_held_under_never_speaks():
    text = "Helena Marsk announced Saturday that she will not speak at Corvell College.\n\n" + _QUOTED
    assert speakers_of(text) != ["Arthur Penwick"]
