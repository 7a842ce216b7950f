"""A full name written right after a body's name with no comma between ("A teacher at Hillside
School Tom Hale said") is that person, who speaks; the body's words are where they work."""

from __future__ import annotations

from tests.core.quotes.speakers import kinds_of, speakers_of


def test_a_full_name_after_a_school_without_a_comma_is_the_speaker():
    text = (
        "Parents have complained about the state of the building.\n\n"
        "A teacher at Hillside School Tom Hale said the roof “leaks every winter.”\n\n"
        "“The children sit in their coats,” he said.\n"
    )
    assert speakers_of(text) == ["Tom Hale", "Tom Hale"]
    assert kinds_of(text) == {"Tom Hale": "person"}


def test_a_body_word_before_a_lone_capitalised_word_makes_no_person():
    text = (
        "Parents have complained about the state of the building.\n\n"
        "“The roof leaks every winter,” a spokesman for Hillside School Trust said.\n"
    )
    assert kinds_of(text) == {"a spokesman for Hillside School Trust": "unnamed"}


def test_a_full_name_modifying_a_noun_after_a_body_makes_no_person():
    text = (
        "The president spoke in the Harbor House James T. Pell briefing room on Sunday.\n\n"
        "He called on Americans not to “give in to fear.”\n"
    )
    assert "James T. Pell" not in speakers_of(text)
