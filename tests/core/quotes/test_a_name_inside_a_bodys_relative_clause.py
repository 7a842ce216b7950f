""" "The Kestrel Union, whose director, Pia Noske, has defended the council, said: “…”": a name set
off inside a relative clause about a body is no subject; the body before the clause speaks."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of


@pytest.mark.parametrize(
    "clause",
    [
        "whose director, Pia Noske, has defended the council in the past",
        "which hired Pia Noske, a lawyer, last year",
    ],
)
def test_the_body_before_the_relative_clause_speaks(clause):
    text = f"The Kestrel Union, {clause}, said in a statement: “The new budget makes no mention of roads.”\n"
    assert speakers_of(text) == ["the Kestrel Union"]


def test_a_person_before_the_relative_clause_still_speaks():
    text = (
        "Tom Hale, whose sister, Pia Noske, has defended the council in the past, said in a statement: "
        "“The new budget makes no mention of rural roads.”\n"
    )
    assert speakers_of(text) == ["Tom Hale"]
