"""A title before a name inside a phrase opened by "a" ("a tense meeting with President Oleg Marek")
introduces no unnamed source: "the president" after it refers back to the president the article
named as a subject, and is never labelled with the words of that phrase."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TEXT = (
    "President Dalton told the assembly on Monday that nations must work together because “no country "
    "can solve these problems alone.”\n\n"
    "Dalton also had harsh words for Varnia just hours ahead of a tense meeting with President Oleg "
    "Marek later on Monday.\n\n"
    "The president criticized Varnia's aggression in the east, saying “we cannot stand by when the "
    "sovereignty of a nation is violated.”\n"
)


def test_the_president_after_a_meeting_with_another_president_is_the_one_speaking_before():
    assert speakers_of(TEXT) == ["Dalton", "Dalton"]


def test_an_unnamed_source_introduced_with_a_still_names_the_source_taken_up():
    text = (
        "A council spokesperson said the budget was late.\n\n"
        "“We will publish it next week,” the spokesperson added.\n"
    )
    assert speakers_of(text) == ["a council spokesperson"]
