""" "The Nevada state GOP added: “…”": the GOP is a party speaking as a body, never a role that
refers back to one Republican."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of


@pytest.mark.parametrize("party", ["the Dunmere state GOP", "the GOP"])
def test_the_gop_speaks_as_a_body(party):
    text = (
        "Angered by a letter from committee member Greta Holm, the delegation sent a reply.\n\n"
        f"{party[0].upper()}{party[1:]} added: “Our goal is to keep government out of our lives.”\n"
    )
    assert speakers_of(text) == [party]
