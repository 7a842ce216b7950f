"""A working group speaking as one ("the crew told investigators", "said the jury") is an unnamed
source, as "the couple" or "protesters" are."""

from __future__ import annotations

from tests.core.quotes.speakers import kinds_of, speakers_of


def test_the_crew_telling_investigators_speaks_both_halves():
    text = (
        "The plane slid off the end of the runway in the snow.\n\n"
        "“The spoilers did not deploy,” the crew told investigators, “but the first officer "
        "deployed them by hand.”\n"
    )
    assert speakers_of(text) == ["the crew", "the crew"]
    assert kinds_of(text) == {"the crew": "unnamed"}


def test_the_jury_after_an_inverted_verb_speaks():
    text = "The trial ended on Friday.\n\n“We could not agree,” wrote the jury in a note to the judge.\n"
    assert speakers_of(text) == ["the jury"]
