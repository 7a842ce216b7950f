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
