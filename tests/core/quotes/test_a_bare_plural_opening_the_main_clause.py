"""A bare plural of a person's noun opening the main clause after a comma, its verb of saying right
after ("Except for Tobias Wrenfield, who mailed his address in 1961, governors have said that “…”"),
is the group speaking, not the person the opening phrase names."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of

QUOTE = "“the budget is a moral document” at least once a term."


@pytest.mark.parametrize(
    "opening", ["Except for Tobias Wrenfield, who mailed his address in 1961,", "Since 1900,"]
)
def test_the_group_speaks(opening):
    assert speakers_of(f"{opening} governors have said that {QUOTE}\n") == ["governors"]


def test_a_bare_plural_inside_a_clause_is_no_speaker():
    text = f"Tobias Wrenfield, during which callers asked questions, said that {QUOTE}\n"
    assert speakers_of(text) == ["Tobias Wrenfield"]
