"""Two quotations of one sentence, each followed by its own "according to": each is that source's,
the first "according to" vouching only for the words before it."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "The trade league has branches in more than forty countries.\n\n"


def test_each_quotation_is_the_source_its_own_according_to_names():
    text = LEAD + (
        "Membership comes with “access to the port authority,” according to Tom Hale, and entry to "
        "“the ministry of trade and its officials,” according to Ann Reyes.\n"
    )
    assert speakers_of(text) == ["Tom Hale", "Ann Reyes"]


def test_a_second_quotation_with_no_according_to_of_its_own_goes_on_with_the_first():
    text = LEAD + (
        "Membership comes with “access to the port authority,” according to Tom Hale, and entry to "
        "“the ministry of trade and its officials.”\n"
    )
    assert speakers_of(text) == ["Tom Hale", "Tom Hale"]
