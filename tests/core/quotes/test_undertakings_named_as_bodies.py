"""A capitalised name ending in "Project", "Initiative" or "Program" names a body, never a person
("Ada Vick, director of the River Aid Project, a charity that helps farmers, said")."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of

LEAD = "Farm closures\n\nFarms are closing across the valley.\n\n"


@pytest.mark.parametrize("body", ["River Aid Project", "Valley Farm Initiative", "Harbor Grants Program"])
def test_the_director_of_a_named_undertaking_speaks(body):
    text = LEAD + (
        f"Ada Vick, director of the {body}, a charity that helps farmers, said there is proof that "
        "“we are losing farms every single week.”\n"
    )
    assert speakers_of(text) == ["Ada Vick"]
