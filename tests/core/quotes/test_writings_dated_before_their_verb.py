"""A writing with a phrase of when it came out between it and its verb ("A statement released on
Monday said", "The statement on Monday said", "A post late Saturday explained") speaks as the bare
writing does; a person's time phrase is unchanged."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import kinds_of, speakers_of

MISSING = "Tom Holt has been missing since Friday.\n\n"
WORDS = " the search included “advanced tracking software to find him.”\n"


@pytest.mark.parametrize(
    ("opening", "label"),
    [
        ("A statement released on Monday said", "a statement"),
        ("The statement on Monday said", "the statement"),
        ("A post late Saturday explained", "a post"),
    ],
)
def test_a_dated_writing_speaks(opening, label):
    assert speakers_of(MISSING + opening + WORDS) == [label]
    assert kinds_of(MISSING + opening + WORDS)[label] == "unnamed"


def test_a_person_on_monday_still_speaks():
    assert speakers_of(MISSING + "Ann Holt on Monday said" + WORDS) == ["Ann Holt"]


def test_a_writing_sent_and_released_with_someones_order_speaks_not_the_orders_owner():
    text = (
        "Mayor Owen Maddox signed the cuts order on Friday.\n\n"
        "Still, a city budget office report sent to the council and released with Maddox's order said the "
        "cuts would be “deeply harmful to the harbor, the schools and basic city services.”\n"
    )
    assert speakers_of(text) == ["a city budget office report"]


def test_a_writing_released_by_a_body_is_still_the_bodys():
    text = (
        "Harbor Bank raised its wages on Thursday.\n\n"
        "A statement released by Harbor Bank said “every worker will earn at least $15 an hour by spring.”\n"
    )
    assert speakers_of(text) == ["Harbor Bank"]
