""" "The board then closed the inquiry into Lindqvist, stating, “…”": a person named only after a
preposition is no subject of the clause, so the body opening it goes on to speak."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of

_BOARD = "The Velton Elections Board opened an inquiry into Mayor Petra Lindqvist.\n\n"


@pytest.mark.parametrize("participle", ["stating", "saying"])
def test_the_body_speaks_past_the_person_it_acted_on(participle):
    text = _BOARD + (
        f"The Velton Elections Board closed the inquiry into Lindqvist, {participle}, “While some "
        "evidence supports his account, other evidence supports her denials.”\n"
    )
    assert speakers_of(text) == ["the Velton Elections Board"]


def test_a_person_as_the_clauses_subject_still_speaks():
    text = _BOARD + (
        "Lindqvist closed the inquiry, stating, “While some evidence supports his account, other "
        "evidence supports my denials.”\n"
    )
    assert speakers_of(text) == ["Petra Lindqvist"]
