"""A conjunction opening a sentence before a given name ("Once Anna had said yes, ...") is no part
of a name: no person called "Once Anna" takes the quotations after it."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_once_before_a_given_name_makes_no_person():
    text = (
        "Tom Reed proposed to his girlfriend, Anna Parsons, halfway through the city marathon.\n\n"
        "Once Anna had said yes he ran on. “I had an extra spring in my step,” he said.\n"
    )
    assert speakers_of(text) == ["Tom Reed"]
