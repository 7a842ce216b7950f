"""A party's noun for one member given in an apposition (", a Republican,") describes that person
as a role does, so "the Republican said" later refers back to them."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_the_party_noun_refers_back_to_the_one_named_with_it():
    text = (
        "Luis Reyes, a Republican, voted against the plan on Monday.\n\n"
        "“This budget spends money we do not have,” the Republican said.\n"
    )
    assert speakers_of(text) == ["Luis Reyes"]


def test_two_parties_named_in_appositions_pick_their_own_member():
    text = (
        "Luis Reyes, a Republican from Ohio, and Ann Bell, a Democrat, debated the budget on Monday. "
        "Reyes spoke first.\n\n"
        "“This budget spends money we do not have,” the Democrat said.\n\n"
        "“We will vote no,” the Republican said.\n"
    )
    assert speakers_of(text) == ["Ann Bell", "Luis Reyes"]
