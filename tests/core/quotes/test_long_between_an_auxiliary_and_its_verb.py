""" "long" between an auxiliary and its verb ("Hadley has long vowed ..., saying", "has long said") is
an adverb of time: the subject before it still speaks."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Prison plan\n\nGov. Tom Hadley spoke on Monday.\n\n"


def test_has_long_vowed_then_a_participle_is_the_subjects():
    text = LEAD + (
        "Mr. Hadley has long vowed a big expansion of the prison, saying that he would “fill it up with "
        "the worst of the worst.”\n"
    )
    assert speakers_of(text) == ["Tom Hadley"]


def test_has_long_said_is_the_subjects():
    text = LEAD + "Hadley has long said the old prison is “a disgrace to the state.”\n"
    assert speakers_of(text) == ["Tom Hadley"]
