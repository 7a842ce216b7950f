"""A quotation ending a sentence whose own teller says it ("Holt said the plan was “a fair test.”")
is that teller's: a short sentence after it ("Reyes disagreed.") is something else done, not its
attribution, as it is after a quotation standing alone ("“Why pay that much?” Dana Pruitt said.")."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_short_sentence_after_a_told_quotation_does_not_take_it():
    text = (
        "Mayor Ann Holt and council member Tom Reyes spoke on Monday.\n\n"
        "Holt said the plan was “a fair test.” Reyes disagreed.\n"
    )
    assert speakers_of(text) == ["Ann Holt"]


def test_a_short_attribution_after_a_quotation_standing_alone_still_speaks_it():
    text = (
        "Mayor Ann Holt and council member Tom Reyes spoke on Monday.\n\n"
        "“Why would anyone pay that much?” Reyes said.\n"
    )
    assert speakers_of(text) == ["Tom Reyes"]
