"""A dash aside of the writer's between two parts of one quotation ("“I think if she runs”—the
editorial board of the Valley Times recently urged her to quit—“she will lose.”") attributes neither
part: both are the speaker's who goes on; an aside that is an attribution ("—Holt said—") still is."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Council race\n\nThe vote is in May.\n\n"


def test_a_writers_aside_gives_neither_part_to_its_subject():
    text = LEAD + (
        "“She is a spent force,” Lou Brandt added. “I think if she runs for the council”—the editorial "
        "board of the Valley Times recently urged her to quit—“she will lose.”\n"
    )
    assert speakers_of(text) == ["Lou Brandt", "Lou Brandt", "Lou Brandt"]


def test_an_aside_ending_in_a_verb_of_saying_attributes():
    text = LEAD + "“I think if she runs for the council”—Ada Holt said—“she will lose.”\n"
    assert speakers_of(text)[0] == "Ada Holt"
