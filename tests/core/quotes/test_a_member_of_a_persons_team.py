"""A member of a group a person's name owns ("a member of Mr. Pruitt’s budget team said") is an
unnamed source labelled whole, never the team as an organisation, nor the person; so is the family
or a relative of someone unnamed ("The family of a suspected arsonist said"), never that someone."""

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


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "The family of a suspected arsonist said that their son “is now part of a long history of harm.”",
            "the family of a suspected arsonist",
        ),
        (
            "“Our son is innocent,” the mother of a suspected arsonist said.",
            "the mother of a suspected arsonist",
        ),
    ],
)
def test_the_family_of_someone_unnamed_speaks_not_that_someone(sentence, label):
    assert kinds_of(LEAD + sentence + "\n") == {label: "unnamed"}
