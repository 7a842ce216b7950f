"""A body's name opening a sentence right after an abbreviation's full stop ("... in the U.S. The
State Department announced"): "the department" later means the State Department, never a name
running on from the abbreviation ("U.S The State Department"); inside a name the abbreviation keeps
its full stop ("U.S. State Department")."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_the_department_is_the_body_named_after_the_abbreviation():
    text = (
        "Militias\n\nThe designation freezes any assets the groups have in the U.S. The State Department "
        "announced that it has also raised its reward.\n\n"
        "“Members of both groups continue to pose a threat,” the department said.\n"
    )
    assert speakers_of(text) == ["State Department"]


def test_an_abbreviation_inside_a_body_name_keeps_its_full_stop():
    text = (
        "Militias\n\nThe U.S. State Department announced that it has also raised its reward.\n\n"
        "“Members of both groups continue to pose a threat,” the department said.\n"
    )
    assert speakers_of(text) == ["U.S. State Department"]
