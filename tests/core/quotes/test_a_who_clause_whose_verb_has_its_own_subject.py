"""A "who" whose verb of saying has a subject of its own right after it ("Dennis Varga, who the
company said in a statement “will pursue other opportunities”") is that subject's words, not the
person "who" stands for; a time after "who" ("who the day before said") is no such subject."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "New chief\n\nMarlow Freight named a new chief operating officer on Tuesday.\n\n"


def test_a_body_after_who_speaks():
    text = LEAD + (
        "Tom Egerly was promoted in place of Dennis Varga, who the company said in a statement “will "
        "pursue other opportunities in the industry.”\n"
    )
    assert speakers_of(text) == ["the company"]


def test_a_name_after_who_speaks():
    text = LEAD + (
        "Tom Egerly was promoted in place of Dennis Varga, who Harriet Quill said “will pursue other "
        "opportunities in the industry.”\n"
    )
    assert speakers_of(text) == ["Harriet Quill"]


def test_a_time_after_who_leaves_the_person():
    text = LEAD + (
        "Dennis Varga, who the day before said he would leave, called it “a decision for my family "
        "alone to make.”\n"
    )
    assert speakers_of(text) == ["Dennis Varga"]
