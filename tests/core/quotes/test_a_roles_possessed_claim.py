"""A noun of speech possessed by a role ("including the mayor's claim that there were “…”") gives the
words to the one the role names, not to the sentence's subject."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Library row\n\nMayor Ivo Sand spoke at the library on Monday.\n\n"


def test_a_roles_claim_is_the_role_holders():
    text = LEAD + (
        "Senator Hale Dorne listed several failures, including the mayor's claim that there were \"too "
        'many books" in town.\n'
    )
    assert speakers_of(text) == ["Ivo Sand"]
