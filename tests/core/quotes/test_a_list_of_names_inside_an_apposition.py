"""A list of names inside an apposition ("Tom Ashgrove, head of a trade group which represents
Brightline, Corvan and Mallory, said") names the clause's objects, not the speaker; a party label
after a comma ("Mia Love, R-Utah, said") is still no list."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Car prices\n\nThe hearing was on Friday.\n\n"


def test_the_person_before_the_apposition_speaks_past_the_list():
    text = LEAD + (
        "“Prices will rise for every buyer,” Tom Ashgrove, head of a trade group which represents "
        "Brightline, Corvan and Mallory, said at the hearing.\n"
    )
    assert speakers_of(text) == ["Tom Ashgrove"]


def test_a_party_label_after_a_comma_is_no_list():
    text = LEAD + "“Prices will rise for every buyer,” Rep. Mia Love, R-Utah, said at the hearing.\n"
    assert speakers_of(text) == ["Mia Love"]
