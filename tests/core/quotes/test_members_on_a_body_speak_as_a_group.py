"""Members placed on a body ("the other two judges on the panel write:", "Democrats on the committee
said") speak as the group so placed, never as the body they sit on."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Appeal ruling\n\nA federal appeals court upheld the ruling on Monday.\n\n"
QUOTE = "“We do not disagree with the reasoning of the concurring opinion.”\n"


def test_counted_judges_on_the_panel_write():
    text = LEAD + "In a footnote, the other two judges on the panel write: " + QUOTE
    assert speakers_of(text) == ["the other two judges on the panel"]


def test_democrats_on_the_committee_said():
    text = LEAD + "Democrats on the committee said the ruling was “a disaster for working families.”\n"
    assert speakers_of(text) == ["Democrats on the committee"]


def test_a_crowd_outside_the_court_still_chants():
    text = LEAD + "The crowd outside the court chanted “lock him up and throw away the key.”\n"
    assert speakers_of(text) == ["the crowd outside the court"]
