"""A name's relation to another person written before it ("Pike detractor Lena Hartwell wrote",
"Holt opponent Ray Dorn said") is a role, as "Pike ally" and "Pike critic" are: the named person
speaks, not a group read from the words before."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "Online storm\n\nSen. Claire Donnelly told donors that many of her rival’s backers were beyond "
    "persuasion.\n\n"
)


def test_a_detractor_before_a_name_is_a_role():
    text = LEAD + (
        "Supporters of the senator said the outrage was overblown. “Suddenly being blunt is a crime?” "
        "Pike detractor Lena Hartwell wrote on Twitter.\n"
    )
    assert speakers_of(text) == ["Lena Hartwell"]


def test_an_opponent_before_a_name_is_a_role():
    text = LEAD + "“She said what many of us think about his campaign,” Pike opponent Ray Dorn said.\n"
    assert speakers_of(text) == ["Ray Dorn"]
