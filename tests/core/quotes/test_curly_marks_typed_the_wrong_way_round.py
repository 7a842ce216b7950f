"""A curly double mark typed the wrong way round ("gifts,“ Varo wrote", "… consultation.“" closing
a paragraph) is read as the mark it stands for: the quotation and its attribution are kept apart."""

from __future__ import annotations

from bot.core.quotes.marks import turned_marks_righted
from tests.core.quotes.speakers import speakers_of

LEAD = "Gift rules\n\nThe ethics board met on Tuesday.\n\n"


def test_an_opener_glued_to_a_comma_closes_the_quotation():
    text = LEAD + '"It is illegal to take gifts,“ Ines Varo wrote. “This is not new."\n'
    assert speakers_of(text) == ["Ines Varo", "Ines Varo"]


def test_a_paragraph_closed_by_a_turned_opener_is_still_story():
    text = LEAD + (
        "“I am not aware of the calls,” Ines Varo said at a briefing on Monday. “What I can say is "
        "that the differences should be solved through talks.“\n"
    )
    assert speakers_of(text) == ["Ines Varo", "Ines Varo"]


def test_marks_the_right_way_round_are_left_alone():
    text = "“We won,” she said. “Again.”"
    assert turned_marks_righted(text) is text


def test_every_offset_is_kept():
    text = '"It is illegal,“ Varo wrote. ”This is new."'
    assert len(turned_marks_righted(text)) == len(text)
    assert turned_marks_righted(text) == '"It is illegal,” Varo wrote. “This is new."'
