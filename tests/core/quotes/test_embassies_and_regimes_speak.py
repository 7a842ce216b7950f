"""Governments and bodies news quotes by their plain noun speak as organisations: "The Chinese embassy
said", "the regime said", "the cabinet said", "the diocese said", "the zoo said" (were unattributed)."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import kinds_of, speakers_of

ARRIVAL = "Tom Holt arrived on Monday.\n\n"


BODIES = ["the Chinese embassy", "the US consulate", "the regime", "the junta", "the cabinet", "the diocese"]
BODIES += ["the zoo", "the library"]


@pytest.mark.parametrize("body", BODIES)
def test_a_body_by_its_plain_noun_speaks_as_an_organisation(body):
    text = ARRIVAL + f"{body[0].upper() + body[1:]} said the claims were “baseless and deeply offensive.”\n"
    assert speakers_of(text) == [body]
    assert kinds_of(text)[body] == "organisation"
