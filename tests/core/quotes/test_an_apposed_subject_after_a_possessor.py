"""A name in the commas of a possessed role ("his spokesman, Kevin Roberts, issued") is the clause's
subject though a possessor opens the sentence ("Shortly after Christie's comments were picked
up, ..."): a possessor is no subject of its own, so a later "he said" is the spokesman's."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_the_spokesman_named_in_commas_takes_the_next_he():
    text = (
        "Vaccines\n\nGovernor Tobias Wrenfield said on Monday that parents should have a choice.\n\n"
        "“I think parents need to have some choice,” Wrenfield said.\n\n"
        "Shortly after Wrenfield's comments were picked up by national media, his spokesman, Ned Callory, "
        "issued an email clarifying the governor's position.\n\n"
        "“The governor believes vaccines are an important protection for every child,” he said.\n"
    )
    assert speakers_of(text) == ["Tobias Wrenfield", "Ned Callory"]


def test_a_subject_named_before_the_apposition_keeps_the_pronoun():
    text = (
        "Vaccines\n\nGovernor Tobias Wrenfield said on Monday that parents should have a choice.\n\n"
        "Wrenfield told his spokesman, Ned Callory, about the email on Monday.\n\n"
        "“The governor believes vaccines are an important protection for every child,” he said.\n"
    )
    assert speakers_of(text) == ["Tobias Wrenfield"]
