"""A name right after a participle of saying ("..., saying Mayor Tobias Wren was doing “…”") in a
sentence whose subject is a definite role is what the role's holder reports, no subject of the
sentence: a he after it means the person the role refers back to."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_he_after_a_role_subjects_saying_clause_means_the_roles_holder():
    text = (
        "Gerald Minton spoke at the Tarnwick rally on Tuesday.\n\n"
        "The former Vellport mayor had some pointed words for the man who beat him, saying Mayor Tobias "
        "Wren was doing “a good deal worse than even I expected.” He cited the city budget.\n\n"
        "“I was not a big fan of the mayor's policies, as you know,” he said."
    )
    assert speakers_of(text) == ["Gerald Minton", "Gerald Minton"]
