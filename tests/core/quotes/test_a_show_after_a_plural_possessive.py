"""A programme's title after an outlet's plural possessive ("On Channel Nine News' “Capital Week
Live,” Senator Abe Lorne said ...") is a title, no one's words."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Bridge report\n\nThe report came out on Friday.\n\n"


def test_the_title_is_not_given_to_the_guest():
    text = LEAD + (
        "On Channel Nine News' “Capital Week Live,” Senator Abe Lorne said he believed the mayor "
        "“ignored every warning from the engineers.”\n"
    )
    assert speakers_of(text) == ["Abe Lorne"]
