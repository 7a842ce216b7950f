""" "It said" right after a sentence a body opens ("The defence ministry issued a warning on Monday.
¶ “…,” it said.") is that body, ahead of the source quoted last a paragraph up; not when the
quotation's own sentence has other words before its "it" ("Bush's time in Iowa, it notes, ...")."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "Border tension\n\n"
    "The Northern Army issued a warning on Sunday.\n\n"
    "“We will not wait for ever and a day for the apology,” it said in a statement.\n\n"
)


def test_it_is_the_body_opening_the_paragraph_before_not_the_source_quoted_last():
    text = LEAD + (
        "The defence ministry issued a warning of its own on Monday.\n\n"
        "“We will not wait for the traitors any longer than a week,” it said.\n"
    )
    assert speakers_of(text) == ["the Northern Army", "the defence ministry"]


def test_it_added_is_the_body_the_sentence_before_opens():
    text = LEAD + (
        "The Harbor Post reported that the minister was gathering material. It added, “the visit comes "
        "as the army promises new attacks on the border posts.”\n"
    )
    assert speakers_of(text)[-1] == "the Harbor Post"


def test_it_said_is_the_study_the_sentence_before_names_in_the_same_paragraph():
    text = (
        "Bridges\n\n"
        "A new study reported Tuesday that old bridges are in worse shape than the city admits. It said "
        "the chance of a collapse “is a real and growing danger.”\n"
    )
    assert speakers_of(text) == ["a new study"]


def test_it_said_is_the_study_reporting_after_the_sentence_before():
    text = (
        "Bridges\n\n"
        "Old bridges are in worse shape than the city admits, a new study reported Tuesday. What is more, "
        "it said the chance of a collapse “is a real and growing danger.”\n"
    )
    assert speakers_of(text) == ["a new study"]
