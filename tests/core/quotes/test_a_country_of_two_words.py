"""A country named in two words whose last no one bears as a name ("Saudi Arabia", "the United
Arab Emirates") is a place even after a role word ("ally Saudi Arabia"): never a person "Arabia"."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Oil talks\n\n"


def test_saudi_arabia_after_ally_is_no_person():
    text = LEAD + (
        "The prince of ally Saudi Arabia spoke on Monday.\n\n"
        "Representatives of Saudi Arabia say that the captain was an “enemy of the harbor.”\n"
    )
    assert "Arabia" not in speakers_of(text)


def test_the_emirates_after_ally_are_no_person():
    text = LEAD + (
        "The envoy of ally United Arab Emirates spoke on Monday.\n\n"
        "Officials of the United Arab Emirates say that the captain was an “enemy of the harbor.”\n"
    )
    assert "Emirates" not in speakers_of(text)
