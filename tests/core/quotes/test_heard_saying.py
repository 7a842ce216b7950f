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
