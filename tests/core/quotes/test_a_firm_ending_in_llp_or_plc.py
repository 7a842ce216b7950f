"""A name ending in a firm's legal suffix ("Brandt Hollis LLP", "Harbor Mills PLC") is an
organisation speaking, never a person called so."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import kinds_of

LEAD = "Mayor Tom Holt will face a hearing on Monday.\n\n"


@pytest.mark.parametrize("firm", ["Brandt Hollis LLP", "Harbor Mills PLC", "Ostrow Lane PLLC"])
def test_a_firm_with_a_legal_suffix_is_listed_as_an_organisation(firm):
    text = LEAD + f"“Our client deserves a fair hearing,” {firm} said in a statement.\n"
    assert kinds_of(text) == {firm: "organisation"}
