"""An indefinite source placed with "in" ("A federal judge in California on Tuesday ordered ...,
calling the policy a bid “…”") is the unnamed source the participle goes on with."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Court order\n\nThe order came late on Tuesday.\n\n"


def test_a_judge_in_a_city_speaks_through_the_participle():
    text = LEAD + (
        "A federal judge in California on Tuesday ordered the agency to reunite the families, calling "
        "the policy a bid “to address a chaos of the government’s own making.”\n"
    )
    assert speakers_of(text) == ["a federal judge"]
