"""A name modifying the role after "a" or "an" ("Alex Conant, a Rubio spokesman, said"): the role's
owner, no subject, so no rival for the he or she that follows.

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_he_after_a_spokesman_described_by_his_bosss_surname_is_the_spokesman():
    text = (
        "Senator Mark Delane spoke in Port Ellis on Monday.\n\n"
        "Tobias Wren, a Delane spokesman, said the campaign would soon name a date. “We will lock it "
        "in next week and let everyone know,” he wrote in an email.\n"
    )
    assert speakers_of(text) == ["Tobias Wren"]


def test_a_capitalised_role_before_a_name_still_opens_the_subject():
    text = (
        "Talks resumed in Geneva on Monday.\n\n"
        "But an Estovian negotiator, Karel Voss, told reporters the gap was wide. “We are not "
        "there yet,” he said.\n"
    )
    assert speakers_of(text) == ["Karel Voss"]
