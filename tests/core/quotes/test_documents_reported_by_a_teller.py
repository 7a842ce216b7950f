"""A document speaks as itself only when no person's verb of saying governs the sentence: "Brisco
said her plan promises to “…”" is Brisco's, who reports what the plan says."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

UNVEILED = "Nora Brisco, the Green candidate, unveiled her budget in Dunmore on Monday.\n\n"


def test_a_plan_reported_after_the_owners_said_is_the_owners():
    text = UNVEILED + "Brisco said her plan promises to “put the valley back to work.”\n"
    assert speakers_of(text) == ["Nora Brisco"]


def test_a_document_with_a_tellers_aside_is_the_tellers():
    text = (
        "Ambassador Ivo Marsh wrote to the ministry in May.\n\n"
        "The cable, Marsh said, warns that the port is “open to smugglers.”\n"
    )
    assert speakers_of(text) == ["Ivo Marsh"]
