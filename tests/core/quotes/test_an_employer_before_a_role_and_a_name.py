"""A name right before a role noun and, a few words on, a person's full name ("Harborcast
meteorologist and emergency preparedness specialist Becky Dopp said") is the employer describing
that person: no subject of its own that would make a later she unclear."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_an_employer_before_the_speakers_roles_leaves_she_to_the_speaker():
    text = (
        "The storms were expected to move through the valley into Monday, Harborcast said.\n\n"
        "Residents should seek protection in rooms with no outside walls, Harborcast meteorologist and "
        "emergency preparedness specialist Becky Dopp said.\n\n"
        "The “main point is to put as many walls as you can between you and the storm,” she said.\n"
    )
    assert speakers_of(text)[-1] == "Becky Dopp"
