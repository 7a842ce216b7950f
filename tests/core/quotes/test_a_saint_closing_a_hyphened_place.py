"""The abbreviated "St." closing a hyphened place ("the University of Carlow-St. Denis") opens a
place's name, no person, so a later "he said" still finds the man described there."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TITLE = "Training\n\nTensions have risen in Harlow Springs since a shooting last week.\n\n"


def test_the_place_after_a_hyphened_saint_is_no_rival_for_he():
    text = (
        TITLE
        + "“Profiling is against our policies,” Police Chief Marcus Delane said.\n\n"
        + "Walter Brenn, a law professor at the University of Carlow-St. Denis, said that training "
        + "does not always help.\n\n"
        + "“It is a question of leadership,” he said.\n"
    )
    assert speakers_of(text) == ["Marcus Delane", "Walter Brenn"]
