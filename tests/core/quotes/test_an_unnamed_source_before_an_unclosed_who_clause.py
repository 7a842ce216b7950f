"""An unnamed source followed by a "who" clause the writer leaves unclosed ("One conservative
council member who said the meeting was divided against bringing forward legislation in 2015 warned
Pellworth: “…”"): the source before "who" speaks, not a thing's noun closing the clause."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Harbor plan\n\nMayor Dana Pellworth has not given up on the harbor plan.\n\n"


def test_the_source_before_who_speaks_past_a_things_noun():
    text = LEAD + (
        "One conservative council member who said the meeting was divided against bringing forward "
        "legislation in 2015 warned Pellworth: “She is walking down this road all by herself.”\n"
    )
    assert speakers_of(text) == ["one conservative council member"]


def test_a_person_noun_closing_the_clause_still_speaks():
    text = LEAD + (
        "The meeting that angered a council member from the east ward ended, and a council member "
        "warned Pellworth: “She is walking down this road all by herself.”\n"
    )
    assert speakers_of(text) == ["a council member"]
