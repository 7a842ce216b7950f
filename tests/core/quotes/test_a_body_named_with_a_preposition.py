"""A body whose name holds a preposition between capitalised words ("Doctors Without Borders",
"Teachers without Walls") speaks under its whole name, never its last word alone."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Clinic under fire\n\n"


def test_the_whole_name_with_without_speaks():
    text = LEAD + (
        "Teachers Without Walls praised the volunteers, saying they kept classes going despite "
        "“threats from local officials who wanted the schools shut.”\n"
    )
    assert speakers_of(text) == ["Teachers Without Walls"]


def test_a_lower_case_without_inside_the_name_keeps_its_capitals():
    text = LEAD + (
        "Nurses without Limits, which said its staff were “working day and night” to treat "
        "patients, said the army “must stop firing on the clinic.”\n"
    )
    assert speakers_of(text) == ["Nurses without Limits", "Nurses without Limits"]
