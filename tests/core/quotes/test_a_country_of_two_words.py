"""A country named in two words ("Saudi Arabia", "Sri Lanka") is a place even after a role word
("ally Saudi Arabia"): never a person called "Arabia" who speaks."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Oil talks\n\n"


def test_saudi_arabia_after_ally_is_no_person():
    text = LEAD + (
        "The prince of ally Saudi Arabia spoke on Monday.\n\n"
        "Representatives of Saudi Arabia say that the captain was an “enemy of the harbor.”\n"
    )
    assert "Arabia" not in speakers_of(text)


def test_sri_lanka_after_ally_is_no_person():
    text = LEAD + (
        "The envoy of ally Sri Lanka spoke on Monday.\n\n"
        "Officials of Sri Lanka say that the captain was an “enemy of the harbor.”\n"
    )
    assert "Lanka" not in speakers_of(text)
