"""Someone placed by whom they work with or for ("a man working for Lund", "an individual working with
Lund") is one unnamed source labelled whole, never the person they work for."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of

LEAD = "Loans\n\nMayor Ivo Lund took the loans.\n\n"


@pytest.mark.parametrize("who", ["A man working for Lund", "An individual working with Lund"])
def test_someone_working_with_a_person_is_an_unnamed_source(who):
    text = LEAD + f"{who} remarked that this “is what you get for being seen.”\n"
    assert speakers_of(text) == [who[0].lower() + who[1:]]
