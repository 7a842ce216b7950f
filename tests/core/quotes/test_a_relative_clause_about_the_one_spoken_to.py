"""A quotation standing as its whole sentence after "“…?” Mr. Krall demanded of a reporter who asked
about the prisons." goes on in Krall's voice: the relative clause's verb is the listener's, told
after the speaker's own verb."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Trade deal\n\nPremier Anton Krall of Vandoria praised the new trade deal on Monday.\n\n"


def test_the_words_after_a_demand_of_someone_who_asked_are_the_speakers():
    text = LEAD + (
        "“What jailed journalists?” Mr. Krall demanded of a foreign reporter who asked about the "
        "country's prisons. “Show me their names, and I will free them tomorrow.”\n"
    )
    assert speakers_of(text) == ["Anton Krall", "Anton Krall"]


def test_an_unnamed_source_who_speaks_first_still_goes_on():
    text = LEAD + (
        "A trade official who asked not to be named said the deal was rushed. "
        "“Nobody read the annex before the signing.”\n"
    )
    assert speakers_of(text) == ["a trade official"]
