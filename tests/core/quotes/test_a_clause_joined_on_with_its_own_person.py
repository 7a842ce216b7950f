"""A clause joined on after a quotation with a person of its own and a verb of doing ("Mr. Dunmore
called the collapse “…,” and Ms. Okeke used it as proof of the need for “…”") is that person's, not
the first speaker's; "and Rubio was hurt by going “…”" inside a columnist's report stays the teller's."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Bridge collapse\n\nRepublican Gary Dunmore and Democrat Adaeze Okeke both visited the river.\n\n"


def test_a_joined_clause_with_its_own_person_is_theirs():
    text = LEAD + (
        "Mr. Dunmore called the collapse “a failure of this whole administration,” and Ms. Okeke used "
        "it as proof of the need for “steady investment in the roads we already have.”\n"
    )
    assert speakers_of(text) == ["Gary Dunmore", "Adaeze Okeke"]


def test_a_joined_clause_with_a_copula_stays_the_tellers():
    text = LEAD + (
        "Columnist Ray Hollis said the debate was “more uplifting than the last one” and Dunmore was "
        "hurt by going “personally, just down into the gutter.”\n"
    )
    assert speakers_of(text) == ["Ray Hollis", "Ray Hollis"]
