"""A name in apposition after a possessed role, with a party or role words before it ("Her opponent,
Democrat Ray Dorn, said"), is the subject, as the bare name there is ("Her opponent, Ray Dorn, said")."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_party_before_a_name_in_apposition_keeps_it_the_subject():
    text = "Dana Holt spoke on Monday. Her opponent, Democrat Ray Dorn, said it was “a fair deal.”\n"
    assert speakers_of(text) == ["Ray Dorn"]


def test_a_party_and_role_before_a_name_in_apposition_keep_it_the_subject():
    text = (
        "Dana Holt spoke on Monday. Her opponent, Republican businessman Ray Dorn, said it was “a fair "
        "deal for the city.”\n"
    )
    assert speakers_of(text) == ["Ray Dorn"]


def test_a_name_a_verb_governs_before_the_comma_is_not_the_subject():
    text = "Dana Holt, who beat Republican Ray Dorn, said it was “a fair deal for the city.”\n"
    assert speakers_of(text) == ["Dana Holt"]
