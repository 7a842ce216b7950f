"""`That prompted Lena Ortiz, president of the Harbor Users Group, to call the hearing “…”`: the person
a causing verb moves to say something is its speaker; whom someone tells to say it is not."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

OPENING = "Mayor Tom Holt and Lena Ortiz met on Friday.\n\n"


def test_the_person_prompted_to_call_something_says_it():
    text = OPENING + (
        "That prompted Lena Ortiz, president of the Harbor Users Group, to call the hearing “a complete "
        "waste of time.”\n"
    )
    assert speakers_of(text) == ["Lena Ortiz"]


def test_the_person_told_to_call_something_is_not_its_speaker():
    text = OPENING + "Holt told Lena Ortiz to call the hearing “a complete waste of time.”\n"
    assert speakers_of(text) == ["Tom Holt"]
