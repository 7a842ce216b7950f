"""An unnamed person after a quotation with more modifiers than a plain phrase ("a Denver-based
former software contractor told the Ledger") is still the source; a thing's noun with as many ("a
short-range rocket defense system") is no one."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Portal\n\nThe state's new licensing portal crashed on its first day.\n\n"


def test_a_person_noun_takes_a_place_based_modifier_and_two_more():
    text = LEAD + (
        "“The contract was written so that nobody had to test anything,” a Denver-based former "
        "software contractor told the Ledger.\n"
    )
    assert speakers_of(text) == ["a Denver-based former software contractor"]


def test_a_things_noun_with_as_many_modifiers_is_no_source():
    text = LEAD + (
        "Officials praised “Harbor Shield,” a short-range rocket defense system built in the state.\n"
    )
    assert speakers_of(text) in ([], [None])


def test_a_hyphened_modifier_before_a_two_word_role_keeps_the_whole_phrase():
    text = LEAD + "“Nobody has the votes to kill it,” one well-connected council member said.\n"
    assert speakers_of(text) == ["one well-connected council member"]


def test_a_hyphened_rank_before_a_nationality_and_a_role_keeps_the_whole_phrase():
    text = LEAD + "“They want the right to build,” said a high-ranking Harbor city official.\n"
    assert speakers_of(text) == ["a high-ranking Harbor city official"]
