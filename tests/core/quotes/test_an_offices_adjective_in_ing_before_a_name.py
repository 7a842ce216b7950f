"""A word in -ing that describes the lower-case role after it ("Ranking member Elijah Dorn",
"Managing editor Ann Holt") opens the subject's phrase, no participle taking the name as its object."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of

LEAD = "“The witness waived her rights,” said Rep. Carl Gowan.\n\n"


@pytest.mark.parametrize("role", ["Ranking member", "Presiding judge"])
def test_a_role_adjective_in_ing_leaves_the_name_a_subject(role):
    text = (
        LEAD + f"{role} Elijah Dorn, a Democrat, said Friday he wants to hear from the witness.\n\n"
        "“We must respect the rights of every witness,” he said."
    )
    assert speakers_of(text) == ["Carl Gowan", "Elijah Dorn"]


def test_an_opening_participle_still_takes_the_name_as_its_object():
    text = "Accompanying Gov. Paul Hennessy on his tour, Ada Quillon said the town was “ready for this.”\n"
    assert speakers_of(text) == ["Ada Quillon"]
