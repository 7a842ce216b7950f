"""`A rally on May 2 included demonstrators calling for “…”`: a group named by what they are, the
object of the clause's verb, speaks as that group ("demonstrators"); its label never takes in the
clause before it ("a rally on May 2 included demonstrators")."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of

_WORDS = " calling for “an end to the delays at Brinwick quay.”\n"


@pytest.mark.parametrize(
    "clause",
    [
        "A pro-harbour rally on May 2 included demonstrators",
        "A pro-harbour rally on Nov. 14 included demonstrators",
        "A rally in Brinwick on Saturday included demonstrators",
        "The rally saw demonstrators",
    ],
)
def test_the_group_a_clause_takes_as_its_object_is_labelled_alone(clause):
    assert speakers_of(clause + _WORDS) == ["demonstrators"]


def test_the_words_describing_the_group_stay_in_its_label():
    assert speakers_of("A rally on May 2 included local demonstrators" + _WORDS) == ["local demonstrators"]
