"""A role written as an acronym in the holder's title ("Orbitex CEO Marlon Reyes") is held spelt out
too: "the Orbitex CEO replied" refers back to him, not to the person named last."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "Drone maker\n\nOrbitex CEO Marlon Reyes defended his company’s drones on Monday.\n\n"
    "Consumer advocate Irene Dahl called his post “a sales pitch dressed up as a safety report.”\n\n"
)


def test_the_company_ceo_is_the_ceo_named_before():
    text = LEAD + "Asked whether flights would pause, the Orbitex CEO replied, “We will not stop now.”\n"
    assert speakers_of(text) == ["Irene Dahl", "Marlon Reyes"]


def test_the_chief_executive_spelt_out_is_the_ceo_too():
    text = LEAD + "“We will not stop now,” the chief executive said.\n"
    assert speakers_of(text) == ["Irene Dahl", "Marlon Reyes"]
