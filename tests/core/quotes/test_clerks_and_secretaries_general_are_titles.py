"""A clerk or a secretary-general titled before a name no list holds ("said House Clerk Orvil
Pimsley", "U.N. Secretary-General Tarel Oskvinn called") is the person named, not an organisation
holding the title."""

from __future__ import annotations

from tests.core.quotes.speakers import kinds_of

LEAD = "Security\n\nSecurity at the statehouse was tightened in 1984 after a bomb scare.\n\n"


def test_a_house_clerk_before_a_name_is_that_person():
    text = LEAD + "“Staff thought metal detectors were terrible,” said House Clerk Orvil Pimsley.\n"
    assert kinds_of(text) == {"Orvil Pimsley": "person"}


def test_a_secretary_general_before_a_name_is_that_person():
    text = (
        LEAD + "U.N. Secretary-General Tarel Oskvinn called the attack “a wound the world must not ignore.”\n"
    )
    assert kinds_of(text) == {"Tarel Oskvinn": "person"}
