"""“…” is how X phrased it: "“Are we getting brushed off?” is how Pruitt publicly phrased the
question" is Pruitt's, as "is the way Pruitt put it" is."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TITLE = "Party\n\nParty leaders in Elkbridge are worried about the fall race.\n\n"


def test_is_how_she_publicly_phrased_it_is_hers():
    text = TITLE + (
        "County chairwoman Dana Pruitt spoke on Wednesday.\n\n"
        "“Are we getting brushed off by the campaign?” is how Pruitt publicly phrased the question.\n"
    )
    assert speakers_of(text) == ["Dana Pruitt"]


def test_is_the_way_she_put_it_still_is_hers():
    text = TITLE + "“We can still win,” is the way county chairwoman Dana Pruitt put it.\n"
    assert speakers_of(text) == ["Dana Pruitt"]
