"""A body whose relative clause lists its members ("the council, which includes China, Russia and
the United States, condemned ...") speaks its words, not the last member listed; so does a body
acting "together" or "jointly" before its verb of saying."""

from __future__ import annotations

from .speakers import speakers_of

LEAD = "The Harbor Security Council met in Port Alder on Wednesday after the missile test.\n\n"


def test_a_body_whose_clause_lists_its_members_speaks():
    text = LEAD + (
        "After the meeting, the council, which includes Norland, Vesna and the United States, "
        "condemned the test as a “clear violation of past resolutions and of the regime.”\n"
    )
    assert speakers_of(text) == ["Harbor Security Council"]


def test_a_named_member_in_a_clause_that_represents_others_still_speaks():
    text = (
        "Dana Pruitt, president of the Harbor Teachers Union, which represents Port Alder teachers, "
        "said she hopes “the parents are standing up for their schools.”\n"
    )
    assert speakers_of(text) == ["Dana Pruitt"]


def test_a_body_acting_together_speaks_past_the_adverb():
    text = LEAD + (
        "After the vote, the board together condemned the deal as a “shabby stitch-up by the "
        "mayor and his friends.”\n"
    )
    assert speakers_of(text) == ["the board"]
