"""A rank before a party member's noun ("the No. 2 Senate Democrat said") is stepped over as the
article's "the" is: the noun refers back to the person it names, as "the Senate Democrat said"
does, and is never a body called "Senate Democrat"; so is a body's possessive before the rank ("the
Senate's No. 2 Democrat said")."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import kinds_of, speakers_of

WHIP = "Senate Majority Whip Carl Denning issued blunt advice to the governor: “Fix the roads.”\n\n"


@pytest.mark.parametrize("rank", ["No. 2", "No. 3"])
def test_a_ranked_party_noun_goes_to_the_person_named_before(rank):
    text = WHIP + f"Asked about the vote, the {rank} Senate Democrat said: “It will not matter next year.”\n"
    assert speakers_of(text) == ["Carl Denning", "Carl Denning"]


def test_a_rank_after_a_bodys_possessive_goes_to_the_person_named_before():
    text = WHIP + "Asked about the vote, the Senate's No. 2 Democrat said: “It will not matter next year.”\n"
    assert speakers_of(text) == ["Carl Denning", "Carl Denning"]


def test_a_ranked_party_noun_is_no_organisation():
    text = WHIP + "Asked about the vote, the No. 2 Senate Democrat said: “It will not matter next year.”\n"
    assert "Senate Democrat" not in kinds_of(text)


def test_a_number_without_its_no_is_no_rank():
    text = WHIP + "The 2 Senate Democrats said: “It will not matter next year.”\n"
    assert speakers_of(text)[1] != "Carl Denning"
