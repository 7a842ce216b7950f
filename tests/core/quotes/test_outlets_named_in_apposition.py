""" "the paper said" after "The Harbor Gazette, a weekly newspaper," is that newspaper: a name the
apposition after it says is a newspaper is the one the paper means; not a person described by one."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_the_paper_is_the_newspaper_named_in_apposition():
    text = (
        "The Harbor Gazette, a weekly newspaper, backed the plan on Monday.\n\n"
        "“Residents deserve better,” the paper said.\n"
    )
    assert speakers_of(text) == ["Harbor Gazette"]


def test_an_editor_of_a_newspaper_is_no_newspaper():
    text = "Tom Holt, a newspaper editor, backed the plan.\n\n“Residents deserve better,” the paper said.\n"
    assert speakers_of(text) == ["the paper"]
