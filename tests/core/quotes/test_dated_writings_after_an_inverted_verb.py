"""`“…,” said a June 28 statement from the Harbor Board`: a writing right after an inverted verb speaks
as the body or person it is from, however many words describe or date it; a writing someone else
reads out leaves the reader speaking."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of

QUOTE = "“These fees punish families for a crime they did not commit,”"


@pytest.mark.parametrize(
    ("writing", "speaker"),
    [
        ("said a June 28 statement from the Harbor Board", "the Harbor Board"),
        ("said a Tuesday statement from the Harbor Board", "the Harbor Board"),
        ("said a new statement from the Harbor Board", "the Harbor Board"),
        ("said a June 28 statement from Ada Pinkett", "Ada Pinkett"),
        ("said a statement from Ada Pinkett", "Ada Pinkett"),
        ("according to a June 28 report by the Harbor Times", "the Harbor Times"),
    ],
)
def test_a_writing_after_the_verb_speaks_as_its_author(writing, speaker):
    assert speakers_of(f"{QUOTE} {writing}.\n") == [speaker]


def test_a_writing_read_out_leaves_the_reader_speaking():
    text = f"{QUOTE} said Tom Brandt, reading a statement from Ada Pinkett.\n"
    assert speakers_of(text) == ["Tom Brandt"]


def test_a_writing_from_someones_campaign_is_not_theirs():
    text = "Ada Pinkett is running for mayor. “The fees must go,” read an email from Pinkett's campaign.\n"
    assert speakers_of(text) != ["Ada Pinkett"]


def test_an_opinion_after_an_inverted_read_is_a_writing_of_its_body():
    text = (
        "Gov. Alan Reese says the legislature left him this discretion.\n\n"
        "“The plan answers a plain fact,” reads the 33-page opinion from the state attorney general's "
        "office.\n"
    )
    assert speakers_of(text) == ["the state attorney general's office"]
