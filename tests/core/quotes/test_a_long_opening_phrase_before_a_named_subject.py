"""`In several questions about why he is skipping the vote, Ed Danner had one answer: “…”`: a long
opening phrase, a pronoun inside it too, is stepped over when a named person and a verb follow its
comma; the quotation is that person's."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

PREVIOUS_SPEAKER = "Mayor Tom Brandt faces a recall vote. “It is a stunt,” Brandt said.\n\n"


def test_a_pronoun_inside_a_long_opening_phrase_is_not_the_subject():
    said = speakers_of(
        PREVIOUS_SPEAKER + "In several questions about why he is skipping the vote and whether it is "
        "because of the mayor, Ed Danner had the same answer each time: “I have nothing to add.”"
    )
    assert said == ["Tom Brandt", "Ed Danner"]


def test_a_long_opening_phrase_before_no_name_is_left_alone():
    said = speakers_of(
        PREVIOUS_SPEAKER + "In several questions about why he is skipping the vote and whether it is "
        "because of the mayor, he had the same answer each time: “I have nothing to add.”"
    )
    assert said == ["Tom Brandt", "Tom Brandt"]


def test_a_long_subordinate_clause_opening_with_after_names_its_own_subject():
    said = speakers_of(
        "Ada Holt was asked about the harbor deal. After Holt said no to all of these things, "
        "Tom Dorn went in for what he thought was the kill: “You had every chance to stop it.”"
    )
    assert said == ["Tom Dorn"]
