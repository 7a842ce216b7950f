"""A statement set off by commas after its sender's name ("Senator Ada Pelham, in a statement issued
after the ruling, said ...") is whose words "the statement read" gives."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TITLE = "Farm law\n\nThe state court struck down most of the farm law on Monday.\n\n"
READ = "“The legislature has failed to lead on this issue,” the statement read.\n"


def test_the_named_sender_of_an_aside_statement_speaks():
    text = (
        TITLE
        + "Senator Ada Pelham, in a statement issued after the ruling, said the state must act.\n\n"
        + READ
    )
    assert speakers_of(text) == ["Ada Pelham"]


def test_a_statement_no_one_is_said_to_send_stays_the_statement():
    text = TITLE + "Senator Ada Pelham said the state must act.\n\n" + READ
    assert speakers_of(text) == ["the statement"]
