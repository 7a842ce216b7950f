"""One of a city's people named as a body's name is written ("one New Yorker later recalled", "said
a New Yorker") is an unnamed person, listed so, not the magazine; "The New Yorker reported" is."""

from __future__ import annotations

from tests.core.quotes.speakers import kinds_of, speakers_of

QUOTE = "“It was easy because everyone was for the mayor,”"


def test_one_new_yorker_is_an_unnamed_person():
    text = f"{QUOTE} one New Yorker later recalled.\n"
    assert kinds_of(text) == {"one New Yorker": "unnamed"}


def test_a_new_yorker_after_the_verb_is_an_unnamed_person():
    assert speakers_of(f"{QUOTE} said a New Yorker.\n") == ["a New Yorker"]


def test_the_new_yorker_reporting_is_the_magazine():
    assert kinds_of(f"{QUOTE} The New Yorker reported.\n") == {"the New Yorker": "organisation"}
