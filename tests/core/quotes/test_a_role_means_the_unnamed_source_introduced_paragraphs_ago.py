"""A role's noun ("the strategist") after an unnamed source was introduced with it ("one senior
strategist, who spoke on condition of anonymity") a few paragraphs up, since its named holder was
last named, means that source, not the holder named before it."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "Bridge\n\nThe mayor's plan to close the east bridge has split the council.\n\n"
    "“This is a political summary,” said council member Ray Dobbins, comparing the plan to a slogan "
    "coined by campaign strategist Victor Haldane in 2010.\n\n"
    "The plan came as a shock to one senior Democratic strategist, who spoke on condition of anonymity.\n\n"
    "Specifically troubling, the strategist said, was the mayor's claim that the bridge is unsafe.\n\n"
)


def test_the_strategist_two_paragraphs_on_is_the_unnamed_one():
    text = LEAD + (
        "The harbor has carried the town for years.\n\n"
        "“Politically, the mayor is wrong,” the strategist added.\n"
    )
    assert speakers_of(text) == ["Ray Dobbins", "one senior Democratic strategist"]


def test_the_holder_named_again_since_is_whom_the_role_means():
    text = LEAD + (
        "Haldane has since left politics for a job at the harbor.\n\n"
        "“Politically, the mayor is wrong,” the strategist added.\n"
    )
    assert speakers_of(text) == ["Ray Dobbins", "Victor Haldane"]


def test_a_role_noun_in_a_generic_clause_brings_in_no_one():
    text = (
        "Inauguration\n\nPresident Corwin Abbot began his second term on Monday with a forceful speech.\n\n"
        "“We cannot treat name-calling as reasoned debate,” Abbot said.\n\n"
        "He tied the cause of rural workers to earlier struggles, the first time a president has "
        "raised it in an inaugural speech.\n\n"
        "“Our country cannot succeed when a shrinking few do very well,” the president said.\n"
    )
    assert speakers_of(text) == ["Corwin Abbot", "Corwin Abbot"]
