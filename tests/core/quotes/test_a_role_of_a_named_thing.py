"""A definite role owned by a named thing ("The captain of the Skyway jet told customers:") that no
one named holds is no one named before (not even the one person in sight); a role known by a work
("The star of Rain Man and Tootsie said") still refers back to its holder."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_the_captain_of_a_named_jet_is_not_the_last_person_named():
    text = (
        "Storm\n\nTravelers were stranded across Velmont today after the storm.\n\n"
        "Anton Berel, a shopkeeper at the airport, said the hall was nearly empty.\n\n"
        "The captain of the Skyway jet told customers: “I'm sorry for the delay but we've got to redo the "
        "paperwork.”\n"
    )
    assert speakers_of(text)[-1] != "Anton Berel"


def test_the_star_of_a_film_refers_back_to_the_actor():
    text = (
        "Films\n\nHollywood legend Dustin Hoffman has hit out at the quality of current films.\n\n"
        "The star of Rain Man and Tootsie said the film culture was “lost without its second act” at a "
        "press conference on Tuesday.\n"
    )
    assert speakers_of(text) == ["Dustin Hoffman"]
