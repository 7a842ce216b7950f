"""A group joined to a person named before it ("McConnell, R-Ky., and 21 of his colleagues said")
speaks under that person, past a short tag set off by commas and a number "of" before the group."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TITLE = "Water rules\n\nFourteen senators sent a letter to Governor Lina Ostrova on Thursday.\n\n"
SAID = " said the changes were “near complete abandonment of the river compact.”\n"


def test_a_numbered_share_of_his_colleagues_speaks_under_the_leader():
    text = TITLE + "Senate Minority Leader Walter Brisk and 13 of his colleagues" + SAID
    assert speakers_of(text) == ["Walter Brisk"]


def test_a_party_tag_between_the_leader_and_his_colleagues_is_passed_over():
    text = TITLE + "Walter Brisk, R-Dunmore, and his colleagues" + SAID
    assert speakers_of(text) == ["Walter Brisk"]


def test_an_apposition_between_the_leader_and_his_colleagues_is_passed_over():
    text = TITLE + "Walter Brisk, a Republican, and three of his colleagues" + SAID
    assert speakers_of(text) == ["Walter Brisk"]
