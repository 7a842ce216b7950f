""" "At one point", "at some point" between a subject and its verb are a time, never a source: "a
militant, who at one point says, “…”" is the militant's, never "one point"'s."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TITLE = "Video\n\nRebels released a video on Wednesday showing the handover of an engineer.\n\n"


def test_at_one_point_is_passed_back_to_the_relatives_antecedent():
    text = (
        TITLE
        + "The video is narrated by a militant, who at one point says, “We told them there are ten men.”\n"
    )
    assert speakers_of(text) == ["a militant"]


def test_the_subject_before_at_some_point_speaks():
    text = TITLE + "Engineer Tomas Reyner at some point says, “We told them there are ten armed men.”\n"
    assert speakers_of(text) == ["Tomas Reyner"]
