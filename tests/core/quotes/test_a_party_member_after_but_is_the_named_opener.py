"""A party member joined by "but" to a clause a named person opens ("Senate Leader Nils Ostrander
ruled out a vote but the Republican said ...") is that person, the writer's other word for them,
though another person of that party was named before; not when the opener is of another party."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Fares\n\nRepublican Governor Walt Ebbing urged a joint solution on Thursday.\n\n"
SENTENCE = (
    "Senate Majority Leader Nils Ostrander ruled out any vote on the bill but the Republican said "
    "the chamber is still “looking at doing something about the fares this year.”\n"
)


def test_the_party_member_is_the_sentences_named_opener():
    assert speakers_of(LEAD + SENTENCE) == ["Nils Ostrander"]


def test_an_opener_of_another_party_is_not_the_party_member():
    text = LEAD + "Nils Ostrander, a Democrat, chairs the transport panel.\n\n" + SENTENCE
    assert speakers_of(text) == ["Walt Ebbing"]
