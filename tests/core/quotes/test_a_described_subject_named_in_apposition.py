""" "The third-highest ranking Republican in the Senate, conference chairman John Thune of South
Dakota, announced ... “…”": the person the apposition names after role words is the subject, not
the description before it."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of


@pytest.mark.parametrize(
    "apposition", ["caucus chairman Martin Oakes", "caucus chairman Martin Oakes of Bellmere"]
)
def test_the_named_person_speaks(apposition):
    text = (
        f"The second-ranking Republican in the Assembly, {apposition}, announced Friday that he opposes "
        "the budget because it “does nothing to fix the pension hole.”\n"
    )
    assert speakers_of(text) == ["Martin Oakes"]
