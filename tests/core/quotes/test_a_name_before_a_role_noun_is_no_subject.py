"""A name right before a role noun ("Another former top Baxter aide took it a step further") only
says whose the role is: the one person the sentence names does not take its words."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "Harlow campaign bets on its data team\n\n"
    "Aides say the team will build on President Baxter's old one.\n\n"
)


def test_a_name_modifying_a_role_noun_opening_the_sentence():
    text = (
        LEAD + "Another former top Baxter aide took it a step further, adding that Harlow's data team "
        '"will be the reason Harlow wins in November."\n'
    )
    assert speakers_of(text) == [None]


def test_a_name_opening_the_sentence_before_its_own_verb_still_speaks():
    text = (
        LEAD + 'Dana Baxter took it a step further, adding that the team "will be the reason Harlow wins."\n'
    )
    assert speakers_of(text) == ["Dana Baxter"]
