"""A clause opening on an unnamed source's label with a person named between commas after it ("The
senior agency official at the hearing, Dr Evan Marsh, who runs ..., angered members by telling them
“…”") goes on with that person, not the label; a group label before a list of names stays the
group's."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Pesticide\n\nA state farm panel questioned the need for a new weed killer at a hearing on Monday.\n\n"


def test_the_person_named_after_the_label_speaks():
    text = LEAD + (
        "The senior agency official at the hearing, Dr Evan Marsh, who runs the approval office, "
        "angered other members by telling them there had to be “a fair market for every manufacturer”.\n"
    )
    assert speakers_of(text) == ["Evan Marsh"]


def test_a_label_before_a_list_of_names_stays_the_groups():
    text = LEAD + (
        "Two agency officials, Evan Marsh and Ada Lind, angered other members by telling them there "
        "had to be “a fair market for every manufacturer”.\n"
    )
    assert speakers_of(text) == ["two agency officials"]
