"""An unnamed officer whose rank the writer capitalises ("Another top Varnish Commander told the
Ledger", "said a Varnish Commander") is an unnamed source, never a person called "Varnish
Commander" nor an organisation."""

from __future__ import annotations

from tests.core.quotes.speakers import kinds_of, speakers_of

LEAD = "Front\n\nA senior Varnish militia officer spoke to reporters about old weapons.\n\n"


def test_another_top_commander_is_an_unnamed_source():
    text = LEAD + "Another top Varnish Commander told the Ledger, “The rebels have six divisions of arms.”\n"
    assert kinds_of(text) == {"another top Varnish Commander": "unnamed"}


def test_a_commander_after_said_is_an_unnamed_source():
    text = LEAD + "“More of us were killed by the villagers,” said a Varnish Commander.\n"
    assert kinds_of(text) == {"a Varnish Commander": "unnamed"}


def test_a_named_commander_is_still_a_person():
    text = LEAD + "“More of us were killed by the villagers,” said Varnish Commander Ivo Darrak.\n"
    assert speakers_of(text) == ["Ivo Darrak"]
