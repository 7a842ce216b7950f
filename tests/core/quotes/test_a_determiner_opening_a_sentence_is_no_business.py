"""A sentence opened by "The" before one that takes it up as "the firm" ("The council met on
Monday. The firm hired ...") names no business "The": "the firm" stays the plain label, never "The"."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_the_opening_a_sentence_is_no_business_name():
    text = (
        "New chief\n\nThe council met on Monday.\n\nThe firm hired Dennis Varga as its chief on Tuesday.\n\n"
        "“We will grow again next year, and we will hire,” the firm said.\n"
    )
    assert speakers_of(text) == ["the firm"]


def test_a_lone_name_taken_up_as_the_firm_is_still_the_business():
    text = (
        "Job cuts\n\nShell said it would cut jobs. The firm has struggled all year.\n\n"
        "“We will grow again next year, and we will hire,” the firm said.\n"
    )
    assert speakers_of(text) == ["Shell"]
