"""A sentence opening with a participle and a preposition ("Speaking to supporters in Dunmore,
Mr. Pruitt seized on the remark, saying: “…”") names the audience, not a group speaking: the
sentence's subject goes on to speak; a group opening the sentence itself still does."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of

LEAD = "Mayor Carl Pruitt of Elmvale spent Thursday campaigning across the valley.\n\n"


@pytest.mark.parametrize("opening", ["Speaking to supporters in Dunmore", "Talking with voters at a diner"])
def test_the_subject_after_a_participle_phrase_speaks(opening):
    text = LEAD + f"{opening}, Mr. Pruitt seized on the remark, saying: “The senator waved the white flag.”\n"
    assert speakers_of(text) == ["Carl Pruitt"]


def test_a_group_opening_the_sentence_with_an_adjective_in_ing_still_speaks():
    text = LEAD + "Striking workers marched to the mill, chanting “no deal without a raise.”\n"
    assert speakers_of(text) == ["Striking workers"]
