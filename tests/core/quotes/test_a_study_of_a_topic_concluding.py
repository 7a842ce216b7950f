"""A study's noun before a short "of" phrase naming what it studied ("An independent evaluation of
the 2009 inspection law concluded that its effect was “…”") speaks as the study, not as its topic;
"an in-depth evaluation" is a source as "an in-depth report" is."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Barge safety\n\nThe harbor committee released its findings on Tuesday.\n\n"


def test_an_evaluation_of_a_law_concluding_speaks():
    text = LEAD + (
        "An independent evaluation of the 2009 inspection law concluded that its effect on barge "
        "safety was “small at best and perhaps too small to measure reliably.”\n"
    )
    assert speakers_of(text) == ["an independent evaluation"]


def test_an_in_depth_evaluation_is_a_source():
    text = LEAD + (
        "An in-depth evaluation concluded that the impact of a wider ban would be “small at best and "
        "perhaps too small for reliable measurement.”\n"
    )
    assert speakers_of(text) == ["an in-depth evaluation"]


def test_a_review_of_a_law_concluding_speaks():
    text = LEAD + (
        "A review of the harbor dredging rules concluded that the port had “no plan at all for a "
        "collapse of this kind.”\n"
    )
    assert speakers_of(text) == ["a review"]
