"""`Reyes believes the storms suggest a deeper pattern: “…”`: a thing that cannot speak (`the storms`)
inside what the person opening the sentence believes, thinks or fears gives the quotation to that person,
as `Reyes said the storms suggested ...:` already did; a body or a person inside the clause still speaks."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

_OPENING = "Ana Reyes has studied the coast for thirty years.\n\n"


def test_a_mute_clause_leaves_the_believer_speaking():
    text = _OPENING + "Reyes believes the storms suggest a deeper pattern: “The sea is warmer than it was.”\n"
    assert speakers_of(text) == ["Ana Reyes"]


def test_an_adverb_before_the_verb_of_thinking():
    text = _OPENING + "Reyes now fears the tides suggest worse: “The sea is warmer than it was.”\n"
    assert speakers_of(text) == ["Ana Reyes"]


def test_a_body_inside_the_clause_still_speaks():
    text = _OPENING + "Reyes believes the council said: “The sea is warmer than it was.”\n"
    assert speakers_of(text) == ["the council"]


def test_a_mute_clause_alone_is_no_persons():
    text = _OPENING + "The storms suggest a deeper pattern: “The sea is warmer than it was.”\n"
    assert speakers_of(text) != ["Ana Reyes"]
