"""A pair of a place's name and a body's word ("Austin Hall") followed by an apposition naming a
trade by its shape ("a software tester from Leeds") is a person: his "he says" is his."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "Ad blockers\n\n“We want a middle ground with our viewers,” said Peter Raman, Streamly's head of "
    "advertising.\n\n"
)


def test_a_place_named_pair_with_a_trade_apposition_is_a_person():
    text = LEAD + (
        "It may take more than that to win over Austin Hall, a software tester from Leeds.\n\n"
        "Hall is mostly worried about security.\n\n"
        "“Most people would be amazed at how much faster the web feels,” he says.\n"
    )
    assert speakers_of(text)[1:] == ["Austin Hall"]


def test_the_same_pair_with_no_apposition_is_no_person():
    text = LEAD + "The meeting was held at Austin Hall on Tuesday.\n\n“The web is faster,” he says.\n"
    assert "Austin Hall" not in speakers_of(text)
