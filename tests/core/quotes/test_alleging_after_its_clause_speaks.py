""" "alleging" after the comma closing its clause ("Commerce laid out a list of charges against the
firm, alleging it “…”") is a participle of saying from the clause's subject, as ", saying" is."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Trade blacklist\n\nThe government added six shipping firms to a trade blacklist on Tuesday.\n\n"


def test_a_body_alleging_after_its_clause_speaks():
    text = LEAD + (
        "Commerce laid out a long list of charges against the Marlow Group, alleging the firm “falsified "
        "bills of lading to hide shipments to sanctioned ports.”\n"
    )
    assert speakers_of(text) == ["Commerce"]


def test_a_lawsuit_alleging_speaks():
    text = LEAD + (
        "A federal lawsuit was filed on Monday alleging that the blacklist is “a permissible proxy for "
        "nothing at all.”\n"
    )
    assert speakers_of(text) == ["a federal lawsuit"]
