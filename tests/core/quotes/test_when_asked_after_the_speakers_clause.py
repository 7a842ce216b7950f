"""An elliptical "when asked about ..." after the clause of a verb of saying ("One former official put
it this way when asked about the plan: “…”") has no subject of its own: the clause's subject speaks."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of

LEAD = "Plan\n\nThe plan came out on Monday.\n\n"


@pytest.mark.parametrize("verb", ["put it this way", "said"])
def test_an_unnamed_source_speaks_past_when_asked(verb):
    text = LEAD + f"One former town official {verb} when asked about the plan: “Maybe the mayor will move.”\n"
    assert speakers_of(text) == ["one former town official"]
