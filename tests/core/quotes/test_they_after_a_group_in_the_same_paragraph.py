"""A "they" whose paragraph opens with a group ("Outside the event, union activists demonstrated.
They denounced ... “…”") means that group, past the sentence's opening phrase and over a group quoted
in an earlier paragraph."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

PROTEST = (
    "Outside the event, union activists demonstrated. They denounced Mr. Denning as a “fat cat” and the "
    "“king of exporting jobs.”\n"
)


def test_they_means_the_group_past_the_opening_phrase_not_the_phrase():
    assert speakers_of(PROTEST) == ["union activists"]


def test_they_means_the_group_of_its_own_paragraph_over_one_quoted_before():
    crowd = "When Carl Denning spoke in Tarnwick, the crowd chanted, “Carl! Carl! Carl!”\n\n"
    assert speakers_of(crowd + PROTEST) == ["the crowd", "union activists"]
