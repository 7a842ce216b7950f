"""A video caption between the paragraphs ("JUST WATCHED Vantreck, King visit the border Replay More
Videos") may set a marker word beside a name that is no role of hers: the woman's given name tells
her gender, so every "she said" after it stays hers."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

CAPTION = (
    "JUST WATCHED Vantreck, King visit the Corlen border Replay More Videos ... MUST WATCH Vantreck, "
    "King visit the Corlen border 02:38\n\n"
)
BODY = (
    "Departing lawmaker Marisol Vantreck sang a folk song for television on Friday.\n\n"
    + CAPTION
    + "“I wasn't politically correct, and I wasn't worried about my career,” she said.\n"
)


def test_she_after_a_caption_with_a_male_marker_is_the_woman_named():
    assert speakers_of(BODY) == ["Marisol Vantreck"]


def test_a_marker_in_the_body_still_tells_the_gender_of_a_name_with_no_given_name():
    text = "Vantreck, chairman of the harbor board, spoke on Friday.\n\n“We will build the pier,” he said.\n"
    assert speakers_of(text) == ["Vantreck"]
