"""An apposition the writer left unclosed before the verb of saying (issue 11, precision pass).

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_relative_clause_naming_a_role_left_unclosed_before_said_hangs_on_the_person():
    text = (
        "Lena Marsh runs the harbor fund.\n\n"
        "“We cannot trust him on the border,” Lena Marsh, who is chairman of the Harbor Fund said "
        "in a statement.\n"
    )
    assert speakers_of(text) == ["Lena Marsh"]


def test_a_body_taken_for_a_person_after_a_roles_of_is_not_the_speaker():
    text = (
        "“We cannot trust him on the border,” Lena Marsh, who is chairman of Our Principles Pac said "
        "in a statement on Monday.\n"
    )
    assert speakers_of(text) == ["Lena Marsh"]


def test_a_name_a_preposition_governs_inside_the_apposition_is_not_the_subject():
    text = (
        "Dana West, an education professor at Harbor College who previously worked for Sen. Lamar "
        "Holt (R-Tenn.), one of the bill's architects, called it “an incredibly significant development.”\n"
    )
    assert speakers_of(text) == ["Dana West"]
