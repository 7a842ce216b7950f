""" "states" right after a verb in -ed ("She nudged states, county offices and lenders to ...") is
that verb's object, no verb of saying: the quotation later in the sentence is the subject's."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Flood relief\n\nState Rep. Gloria Marchetti backed a new relief guide on Tuesday.\n\n"


def test_nudged_states_leaves_the_quotation_with_the_subject():
    text = LEAD + (
        "She nudged states, county offices, and lenders to visit the relief page for information on "
        "“grants and low-interest loans available to help these farms.”\n"
    )
    assert speakers_of(text) == ["Gloria Marchetti"]


def test_states_as_a_verb_still_speaks():
    text = LEAD + "The guide states that farmers “must apply within ninety days of the flood.”\n"
    assert speakers_of(text) == ["the guide"]
