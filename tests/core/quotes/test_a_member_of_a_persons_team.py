"""A member of a group a person's name owns ("a member of Mr. Pruitt’s budget team said") is an
unnamed source labelled whole, never the team as an organisation, nor the person."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import kinds_of

LEAD = "Mayor Carl Pruitt pushed the budget through on Monday.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "“It meant nothing,” a member of Mr. Pruitt’s budget team said later.",
        "A member of Mr. Pruitt’s budget team said “it meant nothing at all to us.”",
    ],
)
def test_a_member_of_a_persons_team_is_an_unnamed_source(sentence):
    assert kinds_of(LEAD + sentence + "\n") == {"a member of Mr. Pruitt’s budget team": "unnamed"}
