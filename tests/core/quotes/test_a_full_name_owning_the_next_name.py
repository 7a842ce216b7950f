""" "Prime Minister Marta Kovel's Unity party": a full name in the possessive is the owner of the
capitalised word after it, never a role of some person "Unity"; "the prime minister" is then the one
prime minister the article names."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_the_prime_minister_is_the_one_named_in_the_possessive():
    text = (
        "Exit polls show the race is tied, with Prime Minister Marta Kovel’s Unity party ahead.\n\n"
        "The prime minister claimed a “stunning win against all the odds.”\n"
    )
    assert speakers_of(text) == ["Marta Kovel"]
