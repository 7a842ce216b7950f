"""One person told only by their nationality after an inverted verb ("explained one Canadian.") is
an unnamed source; with a noun after ("one Canadian official") the noun heads the label as before."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Border\n\nFamilies near the Corvel border have lived with alarms for years.\n\n"


def test_one_national_closing_the_sentence_is_the_source():
    text = LEAD + "“Everything the town sends, the militia uses for itself,” explained one Canadian.\n"
    assert speakers_of(text) == ["one Canadian"]


def test_a_national_with_a_noun_after_is_read_as_before():
    text = (
        LEAD + "“Everything the town sends, the militia uses for itself,” explained one Canadian official.\n"
    )
    assert speakers_of(text) == ["one Canadian official"]
