"""A word in -s after a plain word and before a modal ("new insurance claims would sink ...") is
a plural noun, no verb of saying: the teller of the clause speaks, not "new insurance"."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Jobless claims\n\n"


def test_claims_before_would_is_a_noun():
    text = (
        LEAD + "Ivo Strand wrote that new insurance claims would sink beneath 800,000 “by the end of July.”\n"
    )
    assert speakers_of(text) == ["Ivo Strand"]
