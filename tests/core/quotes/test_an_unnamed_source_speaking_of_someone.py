"""An inverted unnamed source speaking "of" someone ("said an Ohio Republican of Marlow"): the
source speaks, labelled without the one the words are about.

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

_OPENING = "Dale Marlow won the fourth debate, according to our survey of party activists.\n\n"


def test_an_inverted_unnamed_source_of_someone_is_the_speaker():
    assert speakers_of(_OPENING + "“Energy,” said an Ohio Republican of Marlow.\n") == ["an Ohio Republican"]


def test_a_definite_source_of_someone_is_the_speaker():
    text = _OPENING + "“Energy,” said the state party official of Marlow.\n"
    assert speakers_of(text) == ["the state party official"]


def test_a_source_whose_noun_is_no_known_role_is_not_the_one_talked_of():
    assert "Dale Marlow" not in speakers_of(_OPENING + "“Energy,” said an Ohio voter of Marlow.\n")


def test_a_friend_of_someone_keeps_whose_friend_in_the_label():
    text = _OPENING + "“Energy,” said a close friend of Marlow.\n"
    assert speakers_of(text) == ["a close friend of Marlow"]


def test_the_family_of_someone_keeps_whose_family_in_the_label():
    text = _OPENING + "“We grieve,” said the family of Dale Marlow.\n"
    assert speakers_of(text) == ["the family of Dale Marlow"]


def test_an_infinitive_s_to_ends_no_source_label():
    text = (
        "Senator Ned Ramos spent Saturday in Dover.\n\n"
        "He went into a temple to tell the people gathered that the governor is “the most dangerous "
        "man in the state.”\n"
    )
    assert speakers_of(text) != ["a temple to"]


def test_one_of_the_people_after_an_inverted_verb_is_an_unnamed_source():
    text = (
        "Mayor Ruth Oakes unveiled the harbor plan on Monday.\n\n"
        "“I think the mayor is more invested than anyone,” said one of the people who attended a "
        "meeting with Oakes.\n"
    )
    assert speakers_of(text) == ["one of the people"]
