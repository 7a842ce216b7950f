"""A name in apposition after a description keeps its state and title before it: "Her opponent, former
Ohio Gov. Jim Crane, said" is Crane's, as "Her opponent, Gov. Jim Crane, said" is, not unattributed nor
the description's label."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

_BEFORE = "Tom Reyes gave his speech in Phoenix on Wednesday.\n\nAda Holt watched it from her office.\n\n"


def test_a_state_before_the_title():
    text = _BEFORE + "Her opponent, Ohio Gov. Jim Crane, said: “It was a con job from start to finish.”\n"
    assert speakers_of(text) == ["Jim Crane"]


def test_former_and_a_state_before_the_title():
    text = (
        _BEFORE + "Her opponent, former Ohio Gov. Jim Crane, said: “It was a con job from start to finish.”\n"
    )
    assert speakers_of(text) == ["Jim Crane"]


def test_not_a_name_after_a_preposition_in_the_apposition():
    text = _BEFORE + "Holt, like Ohio Gov. Jim Crane, said: “It was a con job from start to finish.”\n"
    assert speakers_of(text) == ["Ada Holt"]
