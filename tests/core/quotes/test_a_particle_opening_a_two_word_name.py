"""A capitalised particle before one word opens the name: a given name ("Al Gore", "Al Cardenas")
or the first word of a surname or body's name ("Le Pen", "Al Qaeda"), never dropped to leave "Gore"."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of


@pytest.mark.parametrize("name", ["Al Gore", "Al Qaeda", "Le Pen"])
def test_a_capitalised_particle_before_one_word_stays_in_the_name(name):
    text = f"The campaign began on Monday.\n\n“We will fight on,” {name} said in a statement.\n"
    assert speakers_of(text) == [name]


def test_a_given_name_that_is_a_particle_after_a_role_and_a_comma_is_the_speaker():
    text = "Bush will campaign with old friends.\n\n“The word is relax,” said his friend, Al Cardenas.\n"
    assert speakers_of(text) == ["Al Cardenas"]
