"""`“…,” Republican leaders said`, `said the leaders`, `local fishermen said`, `Party deputies said:`: the
plural of a role or a person's noun after a determiner or a modifier is a group of people speaking together,
an unnamed source labelled with its phrase (as `Republican officials` and `residents` already were); a
person named with the group (`Ann Holt and other school representatives`) still speaks, and a bare plural
(`during which callers asked`) is no source."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import kinds_of, speakers_of

_OPENING = "The council voted on Monday to close the old pier.\n\n"


@pytest.mark.parametrize(
    ("attribution", "label"),
    [
        ("“This is a sad day for the town,” Republican leaders said.", "Republican leaders"),
        ("“This is a sad day for the town,” said Republican leaders.", "Republican leaders"),
        ("“This is a sad day for the town,” local fishermen said.", "local fishermen"),
        ("“This is a sad day for the town,” the leaders said.", "the leaders"),
        ("Party deputies said: “This is a sad day for the town.”", "party deputies"),
    ],
)
def test_a_plural_of_people_is_a_group(attribution, label):
    text = _OPENING + attribution + "\n"
    assert speakers_of(text) == [label]
    assert kinds_of(text)[label] == "unnamed"


def test_a_person_named_with_the_group_speaks():
    text = (
        "The school lost two pupils, its principal, Ulrich Wessel, said on Monday.\n\n"
        "Wessel and other school representatives said: “They will never again return to us.”\n"
    )
    assert speakers_of(text) == ["Ulrich Wessel"]


def test_a_bare_plural_in_a_clause_is_no_source():
    text = (
        "Tom Garde runs a bakery.\n\n"
        "“And I'm not being paid!” Garde said, a point he makes after a radio show during which callers "
        "asked how much he was paid. “I make my own money.”\n"
    )
    assert speakers_of(text) == ["Tom Garde", "Tom Garde"]
