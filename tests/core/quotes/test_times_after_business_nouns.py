"""A day, month or time after a lower-case noun for a business ("said the bakery Thursday") says when
it spoke, no name: the source is the noun's ("the bakery"), never a body called "Thursday"."""

from __future__ import annotations

from tests.core.quotes.speakers import kinds_of, speakers_of


def test_a_day_after_an_inverted_business_noun_is_no_business_name():
    text = "Stenmoor Mills will shut its oldest site.\n\n“Orders have dried up,” said the company Thursday.\n"
    assert speakers_of(text) == ["the company"]


def test_a_day_before_where_the_business_spoke_is_no_business_name():
    text = (
        "Stenmoor Mills will shut its oldest site.\n\n"
        "“Forty jobs will go,” said the firm Friday in a statement to staff.\n"
    )
    assert speakers_of(text) == ["the firm"]


def test_a_business_name_before_a_day_is_still_the_business():
    text = (
        "Stenmoor Mills will shut its oldest site.\n\n"
        "“Orders have dried up,” said retailer Corran Looms Thursday.\n"
    )
    assert speakers_of(text) == ["Corran Looms"]
    assert kinds_of(text) == {"Corran Looms": "organisation"}
