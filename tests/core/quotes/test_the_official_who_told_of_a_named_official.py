"""An unnamed source that told of someone named with the same role ("A rail security official told
the Courier that signal security official Dorothea Quaye ... may have overstated ...") is whom "the
official said" means next, not the one named inside what it told; one named beside the phrase as
who the source is ("A rail security official, Dorothea Quaye, told ...") is the official."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Rail\n\nLawmakers were told that signal faults on the northern line were worse than reported.\n\n"
QUOTED = "“A fairer reading of the inspections is not that the line is unsafe,” the official said.\n"


def test_the_official_is_the_source_that_told_of_the_named_one():
    text = (
        LEAD + "A rail security official in the Bastow administration told the Courier that signal "
        "security official Dorothea Quaye, who led the briefing, may have overstated the findings.\n\n"
        + QUOTED
    )
    assert speakers_of(text) == ["a rail security official in the Bastow administration"]


def test_the_official_named_beside_the_phrase_is_the_named_one():
    text = (
        LEAD + "A rail security official, Dorothea Quaye, told the Courier that the inspections may "
        "have been overstated.\n\n" + QUOTED
    )
    assert speakers_of(text) == ["Dorothea Quaye"]
