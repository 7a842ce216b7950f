""" "In a nod to the Latinos that helped re-elect Obama, the president said": a name inside a relative
clause of the sentence's opening phrase is no object the role is set against; the role may be them,
though the article names another president later."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of

_LEAD = (
    "President Tomas Arlen said Friday he came to Varnland to break down old ideas.\n\n"
    "“I have come here because it is time to put old fears aside,” Arlen said.\n\n"
    "He said it is clear that “a new Varnland is emerging,” with a growing economy.\n\n"
    "“I see a Varnland that is taking its rightful place in the world,” he said.\n\n"
)
_LATER = "Later, he traveled to Ostrava, where he met with President Mira Kallas.\n"


@pytest.mark.parametrize("relative", ["Varnlanders that", "farmers who", "many voters that"])
def test_the_role_after_a_relative_clause_naming_its_holder_is_that_holder(relative):
    text = _LEAD + (
        f"In a nod to the {relative} helped re-elect Arlen in 2010, the president said, “Without your "
        "support, I would not be standing before you today.”\n\n" + _LATER
    )
    assert speakers_of(text)[-1] == "Tomas Arlen"


def test_a_name_the_opening_phrase_takes_as_its_object_is_still_no_holder():
    text = _LEAD + (
        "In an interview with host Ivo Renk, the president said, “Without your support, I would not "
        "be standing here.”\n\n" + _LATER
    )
    assert speakers_of(text)[-1] != "Ivo Renk"
