"""A person named with a place or body between two commas after a description speaks, as without one:
"Holt's running mate, Sen. Jim Crane of Virginia, said" is Crane's, not the running mate's label, nor
"The chairman" taken back to someone named before."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

_BEFORE = "Tom Reyes gave his speech in Phoenix on Wednesday.\n\nAda Holt watched it from her office.\n\n"


def test_a_possessed_role_then_a_senator_of_a_state():
    text = (
        _BEFORE
        + "Holt's running mate, Sen. Jim Crane of Virginia, said the speech was “a con job from start to "
        + "finish.”\n"
    )
    assert speakers_of(text) == ["Jim Crane"]


def test_a_definite_role_then_a_name_of_a_state_is_not_someone_named_before():
    text = (
        _BEFORE
        + "The chairman, Sen. Jim Crane of Virginia, said the speech was “a con job from start to finish.”\n"
    )
    assert speakers_of(text) == ["Jim Crane"]


def test_after_the_quotation_too():
    text = _BEFORE + "“It was a con job from start to finish,” Holt's lawyer, Lena Vogt of Boston, said.\n"
    assert speakers_of(text) == ["Lena Vogt"]


def test_a_name_in_a_relative_clause_is_not_the_subject():
    text = _BEFORE + "Holt, who met Lena Vogt of Boston, said: “It was a con job from start to finish.”\n"
    assert speakers_of(text) == ["Ada Holt"]
