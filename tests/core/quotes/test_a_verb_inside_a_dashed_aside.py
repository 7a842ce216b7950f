""" "Venn insisted that the measures -- which the audit said included closed roads -- helped the city
“stay dry ...”": a verb of saying inside an aside two dashes close before the quotation is over; the
teller outside the aside speaks the words."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of


@pytest.mark.parametrize("dash", ["--", "—"])
def test_the_teller_outside_the_dashes_speaks(dash):
    text = (
        "Former Deputy Mayor Harold Venn called the audit “deeply flawed.”\n\n"
        f"Venn insisted that the measures {dash} which the audit said included closed roads {dash} helped "
        "the city “stay dry through the worst storm in a century.”\n"
    )
    assert speakers_of(text) == ["Harold Venn", "Harold Venn"]


def test_an_aside_still_open_at_the_quotation_keeps_its_speaker():
    text = (
        "Former Deputy Mayor Harold Venn called the audit “deeply flawed.”\n\n"
        "Venn insisted on the measures — which the audit said had “kept the city dry.”\n"
    )
    assert speakers_of(text)[-1] == "the audit"
