"""A transcript's label, a few capitalised words and a colon ("Man: “Which ferry?”"), names the next
turn's speaker: the quotation is not the speaker of the sentence before going on."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

_OPENING = "At the meeting, Mayor Ada Holt took questions.\n\n"


def test_a_label_naming_no_one_leaves_its_turn_unattributed():
    said = speakers_of(
        _OPENING + "Ada Holt: “No, I would not. It is the island's lifeline.” "
        "Man: “Second question is, which ferry?” Ada Holt: “The one to Kellan.”"
    )
    assert said == ["Ada Holt", None, "Ada Holt"]


def test_a_writers_lead_in_still_goes_on_with_the_speaker_before():
    said = speakers_of(
        _OPENING + "“We will keep the ferry,” Holt said. Other councils “may cut theirs,” "
        "but “I don't think they're trying to.”"
    )
    assert said == ["Ada Holt", "Ada Holt", "Ada Holt"]
