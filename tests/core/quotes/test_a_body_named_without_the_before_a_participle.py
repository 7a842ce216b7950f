"""A body named by capitals alone, no "the" and no person's name, opening a clause whose verb says
nothing ("Heritage Action, a conservative pressure group, threw cold water on the bill, saying it
failed to “…”") speaks the participle's words, as "the Sierra Club" does; "Together, the crowd
chanted" keeps its crowd (one capital opening a sentence is an adverb as often)."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Debt bill\n\nHouse leaders urged members to back the debt relief bill.\n\n"


def test_capitals_before_a_verb_are_a_body_that_speaks():
    text = LEAD + (
        "Taxpayers First poured cold water on the bill, saying it failed to “protect ratepayers from "
        "the cost of delays.”\n"
    )
    assert speakers_of(text) == ["Taxpayers First"]


def test_capitals_before_an_apposition_are_a_body_that_speaks():
    text = LEAD + (
        "Heritage Action, a conservative pressure group, threw cold water on the bill, saying it failed "
        "to “remain neutral in the tussle among creditors.”\n"
    )
    assert speakers_of(text) == ["Heritage Action"]


def test_a_capitalised_adverb_opening_the_sentence_is_no_body():
    text = LEAD + (
        "Together, the crowd waved signs and chanted “No justice for anyone, no class for anyone” and "
        "“No more bullying in our halls.”\n"
    )
    assert speakers_of(text) == ["the crowd", "the crowd"]
