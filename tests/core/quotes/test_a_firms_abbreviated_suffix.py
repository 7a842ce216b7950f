"""A firm's name ending in an abbreviation and its stop ("Acme Corp.", "Harbor Co.", "Brill Inc.")
speaks as the name does without it: the stop ends no sentence, so the verb after it is the firm's."""

from __future__ import annotations

import pytest

from .speakers import speakers_of

LEAD = "Critics say the port ignored its own clerks.\n\n"


@pytest.mark.parametrize("firm", ["Acme Corp.", "Harbor Co.", "Brill Inc.", "Tollmere Ltd."])
def test_a_firm_with_an_abbreviated_suffix_speaks_before_its_verb(firm):
    text = LEAD + f"“We will audit every contract,” {firm} said in a statement.\n"
    assert speakers_of(text) == [firm.rstrip(".")]


def test_a_firm_with_an_abbreviated_suffix_speaks_a_partial_quotation():
    text = LEAD + "Harbor Co. said it will impose new “checks and audits” on every contract.\n"
    assert speakers_of(text) == ["Harbor Co"]


def test_the_firm_speaks_a_quotation_after_its_colon():
    text = LEAD + "Acme Corp. said: “We will audit every contract.”\n"
    assert speakers_of(text) == ["Acme Corp"]
