"""A sentence opening with "The" and a role right after a sentence that closes on a full name describes
that person ("... saw a culprit in Dana Lund Pruitt. The secretary of state ... went on television"),
so the role said later is theirs; not when another person is the subject of the sentence naming them."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

_SAID_LATER = (
    "\n\nThe evidence was a clip from a rally with Holt and Pruitt, where the secretary of state told "
    "the crowd she came “not just to do my job” but to stand by her candidate.\n"
)


def test_a_role_opening_the_sentence_after_a_closing_name_is_that_persons():
    text = (
        "As Ohio slid away from Reyes on Tuesday, some of his supporters saw a culprit in Dana Lund Pruitt. "
        "The secretary of state and 2014 candidate for Senate, a longtime supporter of Holt, even went on "
        "television to declare Holt the winner." + _SAID_LATER
    )
    assert speakers_of(text) == ["Dana Lund Pruitt"]


def test_no_role_is_read_into_the_object_of_another_persons_sentence():
    text = (
        "Gwen Holt attacked Dana Lund Pruitt on Tuesday. The secretary of state then went on television."
        + _SAID_LATER
    )
    assert speakers_of(text) != ["Dana Lund Pruitt"]


def test_a_possessed_role_opening_the_sentence_is_someone_else():
    text = (
        "Some of his supporters saw a culprit in Dana Lund Pruitt. The secretary of state's aide went on "
        "television." + _SAID_LATER
    )
    assert speakers_of(text) != ["Dana Lund Pruitt"]
