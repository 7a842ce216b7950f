"""A definite role opening a sentence before a past form without -ed ("The mayor cast the plan in
broader terms and said ...") or a negated auxiliary ("the mayor didn't reject the idea") is the
subject a later "he said" means, not the last one quoted."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TITLE = "Water\n\nMayor Tobias Renn on Monday outlined a new plan for the city's water system.\n\n"


def test_he_after_the_mayor_cast_the_plan_is_the_mayor():
    text = (
        TITLE
        + "“We have waited too long to fix these pipes,” said Dennis Okafor, a water board spokesman.\n\n"
        + "The mayor cast the plan in broader terms and said it was a test for the city.\n\n"
        + "“People wonder if anyone at city hall is paying attention,” he said.\n"
    )
    assert speakers_of(text) == ["Dennis Okafor", "Tobias Renn"]


def test_he_after_the_mayor_did_not_reject_is_the_mayor():
    text = (
        TITLE
        + "“We have waited too long to fix these pipes,” said Dennis Okafor, a water board spokesman.\n\n"
        + "Asked about a mandate, the mayor didn't reject the idea. But he framed it his own way:\n\n"
        + "“With respect to the pipes, I've got one mandate, and that is to fix them.”\n"
    )
    assert speakers_of(text) == ["Dennis Okafor", "Tobias Renn"]
