"""`He predicts more trouble in the wake of the first indictments announced last week, “when …”`: a
source right after a preposition is its object, and the verb in -ed after it a participle describing
it; the sentence's subject speaks. A writing opening the clause still speaks through its verb."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

OPENING = "“He is finished,” says Dale Grummond, a truck driver. "


def test_a_participle_after_a_prepositions_object_is_no_verb_of_saying():
    text = OPENING + (
        "He predicts more trouble in the wake of the first indictments announced last week, “when people "
        "start facing prison time.”\n"
    )
    assert speakers_of(text) == ["Dale Grummond", "Dale Grummond"]


def test_a_writing_opening_the_clause_still_speaks():
    text = OPENING + "The indictments announced last week “when people start facing prison time.”\n"
    assert speakers_of(text)[1] != "Dale Grummond"
