"""A partial quotation in a writer's sentence naming no one goes on from the sentence before when
that one is reported speech ending on its teller ("..., he said."): "This makes it harder to fix
the timetable, he said. Good ferries can still drive out bad, but only when “…”"."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_the_teller_ending_the_sentence_before_speaks_the_partial_quotation():
    said = speakers_of(
        "Tom Reyes studies ferries.\n\nThis makes it harder to fix the timetable, he said. Good ferries "
        "can still drive out bad ones, but only when “the truth is sexier than the lie.”"
    )
    assert said == ["Tom Reyes"]


def test_a_sentence_before_without_a_teller_gives_it_to_no_one():
    said = speakers_of(
        "Tom Reyes studies ferries.\n\nThis makes it harder to fix the timetable. Good ferries can "
        "still drive out bad ones, but only when “the truth is sexier than the lie.”"
    )
    assert said == [None]
