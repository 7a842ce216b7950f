"""The German particle "zu" joins a surname as "von" does: "Lorenz-Maria zu Eltwig" is named in full,
never cut to his given name."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_name_with_zu_is_whole():
    text = (
        "Ministers met in Kessel on Monday.\n\n"
        "“The government has yet to grasp the damage,” said Lorenz-Maria zu Eltwig, a former minister.\n"
    )
    assert speakers_of(text) == ["Lorenz-Maria zu Eltwig"]
