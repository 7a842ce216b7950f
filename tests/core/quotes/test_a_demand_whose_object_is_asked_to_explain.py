"""A subject who "demanded Mr. Ostrow explain" something (a demand with "that" left out) is whom the
next paragraph's "he said" means, not the one asked; so is a subject whose apposition names
another's possession ("Daniel Pike, Ms. Vale's campaign chairman, demanded ...")."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "Audit reopened\n\n"
    "State auditor Felix Ostrow told lawmakers on Friday that his office had reopened its review.\n\n"
)
QUOTE = "“The memo mentions ledgers from another case, but nobody has told us what is in them,” he said.\n"


def test_the_subject_of_demanded_with_an_honorific_object_is_the_he_that_follows():
    text = LEAD + (
        "Doran Pike, the governor's campaign chairman, demanded Mr. Ostrow explain what the "
        "ledgers contain.\n\n" + QUOTE
    )
    assert speakers_of(text) == ["Doran Pike"]


def test_a_possessor_in_the_subjects_apposition_is_passed_over():
    text = LEAD + (
        "Governor Ada Vale faces a hard week.\n\n"
        "Daniel Pike, Ms. Vale's campaign chairman, demanded Mr. Ostrow explain what new ledgers "
        "the office found.\n\n" + QUOTE
    )
    assert speakers_of(text) == ["Daniel Pike"]
