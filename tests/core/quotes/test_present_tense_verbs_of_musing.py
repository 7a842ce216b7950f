"""Present-tense verbs of musing aloud ("speculates", "theorizes", "surmises", "opines") bring a
quotation as their past forms do."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of

TITLE = "Raids\n\nAircraft from four countries struck depots near Castor overnight.\n\n"


@pytest.mark.parametrize("verb", ["speculates", "theorizes", "surmises", "opines", "muses", "posits"])
def test_a_present_verb_of_musing_brings_the_quotation(verb):
    text = (
        TITLE
        + f"The Daily Meridian's security correspondent Rolf Anders {verb} that the militia "
        + "“will be furious about this for weeks.”\n"
    )
    assert speakers_of(text) == ["Rolf Anders"]
