""" "the civil rights activist and radio host said", "the former mayor, senator and top diplomat
also called for": roles of one person joined by "and" refer back as one role does, to the person
named before, not an unnamed source."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

_NAMED = "Rev. Dorian Wexley, speaking at the funeral, attacked local policing.\n\n"


def test_two_roles_before_the_verb_are_the_person_named_before():
    text = (
        _NAMED
        + "“Some of us act like anger is the only answer,” the civil rights activist and radio host said.\n"
    )
    assert speakers_of(text) == ["Dorian Wexley"]


def test_two_roles_after_the_verb_are_the_person_named_before():
    text = (
        _NAMED
        + "“Some of us act like anger is the only answer,” said the civil rights activist and radio host.\n"
    )
    assert speakers_of(text) == ["Dorian Wexley"]


def test_a_list_of_roles_is_the_person_named_before():
    text = (
        "Ms. Rosa Vance outlined her plan at a town hall in Keswick on Tuesday. She said the cleanup "
        "would start in the spring.\n\n"
        "The former mayor, senator and top diplomat also called for a law that included “a path to "
        "full and fair compensation” for families along the river.\n"
    )
    assert speakers_of(text) == ["Rosa Vance"]


def test_joined_roles_are_not_the_one_holder_of_the_last_role_alone():
    text = (
        "Talk-show host Rush Lamb blamed the gap on “the liberal world view” of the press.\n\n"
        + _NAMED
        + "“Some of us act like anger is the only answer,” the civil rights activist and MSNBC host said.\n"
    )
    assert speakers_of(text) == ["Rush Lamb", "Dorian Wexley"]
