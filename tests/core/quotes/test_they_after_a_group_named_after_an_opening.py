"""`In December — just as the summons went out — Reyes' parents issued a statement. ¶ “…,” they wrote.`: the
"they" of a quotation is the group opening the sentence before past its opening phrase (a comma's or a
dash's) and past whose group it is (`Reyes' `, `Dale Reyes's `), as it was with the group first."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of

OPENING = "Trial opens\n\nThe trial of Dale Reyes opened on Tuesday in the county court.\n\n"
QUOTED = "\n\n“We do not know how many people would like to see our son in prison,” they wrote."


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("In December, the parents issued a public statement.", "the parents"),
        ("In December 2014 — just as the summons went out — the parents issued a statement.", "the parents"),
        ("Reyes' parents issued a public statement.", "Reyes' parents"),
        ("Dale Reyes's parents issued a public statement.", "Dale Reyes's parents"),
    ],
)
def test_they_are_the_group_opening_the_sentence_before(sentence: str, label: str):
    assert speakers_of(OPENING + sentence + QUOTED) == [label]


def test_the_group_first_as_before():
    assert speakers_of(OPENING + "The parents issued a public statement." + QUOTED) == ["the parents"]
