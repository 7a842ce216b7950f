"""Inside what a person reports ("Tarrant said the storms suggested ...: “…”"), a verb of saying whose
subject cannot speak (a thing's noun, or no subject found) leaves the quotation to the teller: it was
given to "the storms" as an unnamed source, or to no one."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of

_OPENING = "Mara Quill and Owen Tarrant asked the town about the ferry terminal on Tuesday.\n\n"


@pytest.mark.parametrize(
    "clause",
    [
        "Tarrant said the storms suggested a deeper pattern:",
        "Tarrant told the Harbor Times the storms suggested a deeper pattern:",
        "Tarrant said the number of cracks in the old quay suggested a pattern:",
    ],
)
def test_the_teller_speaks(clause):
    text = _OPENING + clause + " “Somehow, the quay is waking up some very old machinery.”\n"
    assert speakers_of(text) == ["Owen Tarrant"]


def test_a_partial_quotation_inside_the_report_is_the_teller_s():
    text = (
        _OPENING
        + "Tarrant said the repairs suggested the ferry would be out for “weeks and months to come.”\n"
    )
    assert speakers_of(text) == ["Owen Tarrant"]


def test_a_source_that_can_speak_inside_the_report_keeps_the_words():
    text = _OPENING + "Tarrant said the report concluded: “Nobody should use the quay until it is rebuilt.”\n"
    assert speakers_of(text) == ["the report"]
