"""A relative clause inside a person's role ("Delia Fenwick, a retired teacher whose son was hurt by
a ferry, said ...") is about someone else: "son" tells nothing of her gender, so her "she" holds."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Ferry rules\n\nThe rules change in May.\n\n"


def test_she_after_a_role_with_whose_son_is_the_teacher():
    text = LEAD + (
        "Delia Fenwick, a retired teacher whose son was hurt by a ferry, said she hopes the new rules "
        "will help. “No one has been punished,” she said.\n"
    )
    assert speakers_of(text) == ["Delia Fenwick"]
