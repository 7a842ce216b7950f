"""Who "can be heard saying" a quotation: the one heard, not the first subject of the sentence."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_the_one_heard_after_and_is_the_speaker():
    text = (
        "Passenger Owen Harte, 46, was recording on his phone and the announcer can clearly be heard "
        "saying: “Welcome to the circus.”\n"
    )
    assert speakers_of(text) == ["the announcer"]


def test_a_named_person_heard_after_as_is_the_speaker():
    text = "Ada Brill laughs as Tom Reed can be heard saying: “I moved on her.”\n"
    assert speakers_of(text) == ["Tom Reed"]


def test_an_unnamed_questioner_heard_asking_is_the_speaker():
    text = "“Should there be a register?” a reporter can be heard asking Tom Reed after the event.\n"
    assert speakers_of(text) == ["a reporter"]


def test_an_active_heard_leaves_the_teller_as_speaker():
    text = "Ada Brill said she heard him saying: “I moved on her.”\n"
    assert speakers_of(text) == ["Ada Brill"]


def test_the_one_heard_saying_after_the_quotation_speaks_past_a_long_tail():
    text = (
        "Found\n\nNeighbor Petra Voss said she heard someone kicking a door and ran over.\n\n"
        "“Help me, I'm Delia Marsh. I'm free now,” Marsh can be heard saying on the frantic emergency "
        "call, made at 6:10 p.m. Monday.\n"
    )
    assert speakers_of(text) == ["Delia Marsh"]


def test_the_one_heard_over_a_loudspeaker_saying_speaks():
    text = (
        "Lockdown\n\nPassenger Owen Harte was filming, and the announcer can be heard over the "
        "speakers saying, “Please stay in your seats.”\n"
    )
    assert speakers_of(text) == ["the announcer"]
