"""A given name and surname right after a phrase of a preposition ending in a noun for a business
("In a call with the broadcaster Nina Pryce said") open a clause: she speaks, as a person; the name
is no business's."""

from __future__ import annotations

from tests.core.quotes.speakers import kinds_of, speakers_of


def test_a_person_after_with_the_newspaper_speaks_as_a_person():
    text = (
        "Bus fares in Corran will double in May.\n\n"
        "In a call with the broadcaster Nina Pryce said the rise was “a slap in the face for every "
        "commuter”.\n"
    )
    assert speakers_of(text) == ["Nina Pryce"]
    assert kinds_of(text) == {"Nina Pryce": "person"}


def test_her_later_pronoun_quotations_stay_hers():
    text = (
        "Bus fares in Corran will double in May.\n\n"
        "In a call with the broadcaster Nina Pryce said the rise was “a slap in the face for every "
        "commuter”.\n\n"
        "“I take the bus every day,” she said.\n"
    )
    assert speakers_of(text) == ["Nina Pryce", "Nina Pryce"]
