"""An abbreviated month's stop before its day ("declared the Sept. 4 headline in the Lookout") ends
no clause: the headline after the inverted verb still speaks, not a person named after it."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Water wasters\n\nSkeptics like hydrologist Vera Lund argue the shortage is the winter's fault.\n\n"


def test_an_abbreviated_month_before_a_day_keeps_the_headline_speaking():
    text = LEAD + (
        "“Water wasting should be a crime,” declared the Sept. 4 headline in the Lookout. Carla Wendt "
        "argued otherwise in an essay.\n"
    )
    assert speakers_of(text) == ["the Lookout"]


def test_a_months_full_name_before_a_day_keeps_the_headline_speaking():
    text = (
        LEAD + "“Farmers are being made into villains,” declared a June 12 headline in the Valley Courier.\n"
    )
    assert speakers_of(text) == ["the Valley Courier"]
