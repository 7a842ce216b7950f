""" "while no region wants to say goodbye to factory jobs, he thinks “…”": "say" before "goodbye",
"farewell" or "hello" is an idiom, no verb of saying that would make "no region" the speaker."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of


@pytest.mark.parametrize("idiom", ["say goodbye to", "say farewell to", "say hello to"])
def test_an_idiom_of_saying_in_an_opening_clause_leaves_the_main_clause_speaker(idiom):
    text = (
        "Peter Hollis, an economist at Brevik University, says the fallout is difficult to predict.\n\n"
        f"While no region wants to {idiom} factory jobs, he thinks “the overall impact is pretty small.”\n"
    )
    assert speakers_of(text) == ["Peter Hollis"]
