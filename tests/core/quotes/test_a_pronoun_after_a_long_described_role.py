"""A speaker named after "said" and a long description of his role ("said veteran Miami criminal
defense lawyer Paul Denholm") is who a following "he said" means, as with a shorter one."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of


@pytest.mark.parametrize("role", ["veteran Miami defense lawyer", "veteran Miami criminal defense lawyer"])
def test_he_after_a_speaker_with_a_long_role_is_that_speaker(role):
    text = (
        "Lawyer weighs in\n\n"
        "Brent Yarrow could not be reached for comment.\n\n"
        f"“This case is weak,” said {role} Paul Denholm.\n\n"
        "“Everyone should calm down,” he said.\n"
    )
    assert speakers_of(text) == ["Paul Denholm", "Paul Denholm"]
