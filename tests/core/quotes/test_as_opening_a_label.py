""" "As Zebulon Vane once framed it: “…”": the "As" opening the clause is no part of the label."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_as_is_left_out_of_the_label():
    text = "Currents\n\nAs Zebulon Vane once framed it: “We drift where the current pleases.”\n"
    assert speakers_of(text) == ["Zebulon Vane"]
