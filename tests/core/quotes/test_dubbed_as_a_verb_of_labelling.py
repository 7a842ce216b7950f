""" "Dubbed" labels as "called" does: "as KRTV's Lionel Pask dubbed warnings about the river" and
"the council famously dubbed the mayor the “…”" give the label to the one who dubbed it; a thing
"dubbed" by no one named is still no one's."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Flood\n\nCritics say the mayor of Carrow has become too relaxed about the flood.\n\n"


def test_the_label_after_as_x_dubbed_is_xs():
    text = LEAD + (
        "The council now opposes “the politics of alarm and dread” -- as KRTV's Lionel Pask dubbed "
        "warnings about the river.\n"
    )
    assert speakers_of(text) == ["Lionel Pask"]


def test_a_body_that_dubbed_someone_a_label_speaks_it():
    text = LEAD + "The Carrow Tenants Union famously dubbed the mayor the town's “sleeper-in-chief.”\n"
    assert speakers_of(text) == ["the Carrow Tenants Union"]


def test_a_plan_dubbed_by_no_one_named_is_no_ones_words():
    text = LEAD + "The plan, dubbed “the keep your feet dry rule,” starts in May.\n"
    assert not any(speakers_of(text))
