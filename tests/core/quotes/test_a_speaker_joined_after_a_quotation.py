"""A clause joined after a quotation ("Vasko promised that “…,” and Hector Brannigan declared the
scandal over in 1973.") makes its own person say something; the quotation standing alone in the next
sentence goes on with that person, not with the one quoted first."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

SENTENCE = "Oren Vasko promised in 1990 that “the era of the toll road is over,”"


def test_the_joined_speaker_goes_on():
    joined = "and Hector Brannigan declared the harbor scandal over in 1973."
    text = f"{SENTENCE} {joined} “One year of hearings is enough.”\n"
    assert speakers_of(text) == ["Oren Vasko", "Hector Brannigan"]


def test_a_joined_clause_without_saying_leaves_the_first_speaker():
    text = f"{SENTENCE} and Hector Brannigan left office in 1973. “One year of hearings is enough.”\n"
    assert speakers_of(text) == ["Oren Vasko", "Oren Vasko"]
