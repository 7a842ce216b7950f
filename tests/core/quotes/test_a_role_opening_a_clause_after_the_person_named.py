"""A role opening a clause right after a person named as no subject ("Pruitt has hit back at Harold
Gunderson after the former mayor said ... “…”") is the writer's way of not repeating the name, and
means that person; a role the sentence's own subject plainly holds stays theirs."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

AFTER = "“Every dollar should be accounted for,” Gunderson wrote.\n"


def test_the_role_after_the_object_means_the_object():
    text = (
        "Budget\n\nMayor Dana Pruitt has hit back at Harold Gunderson after the former mayor said "
        "residents must “firmly reject the spending” in his first public statement since leaving "
        "office.\n\n" + AFTER
    )
    assert speakers_of(text) == ["Harold Gunderson", "Harold Gunderson"]


def test_a_role_the_subject_holds_stays_the_subjects():
    text = (
        "Budget\n\nMayor Dana Pruitt has hit back at Harold Gunderson after the mayor said residents "
        "must “firmly reject the spending” of the old council.\n\n" + AFTER
    )
    assert speakers_of(text) == ["Dana Pruitt", "Harold Gunderson"]
