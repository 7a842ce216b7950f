"""A name in -s glued to an apostrophe and then a lower-case word ("Jan Weil, Lou Banks’ longtime
adviser, praised her") is a plural's possessive: no rival subject for the he that follows."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TEXT = (
    "Party\n\n“It helped him a lot,” said Ray Boll, the party chairman.\n\n"
    "Jan Weil, Lou Banks’ longtime adviser, praised her.\n\n"
    "“She is a real leader in this movement,” he said.\n"
)


def test_a_he_after_a_plural_possessive_apposition_is_the_subject():
    assert speakers_of(TEXT)[1] == "Jan Weil"
