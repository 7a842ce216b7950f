"""The agent after "a claim rejected by" (or "disputed by", "denied by") said so, and stands as a
subject would: "he said" in the next paragraph is his ("... a claim rejected by Eastfield chairman
Rupert Callow. ¶ “…,” he said"), not the man named before; one who asks ("was asked by moderator
Gerard Baker") is no such agent."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Bank breach\n\nGovernor Tomas Varga ordered a review of the bank's records last week.\n\n"


def test_he_after_a_claim_rejected_by_a_man_is_his():
    text = LEAD + (
        "The Ledger reported that the hackers reached the payroll system, a claim rejected by Eastfield "
        "chairman Rupert Callow.\n\n"
        "“Our payroll system was never touched,” he said on a morning radio show.\n"
    )
    assert speakers_of(text) == ["Rupert Callow"]


def test_he_after_asked_by_a_moderator_is_the_one_asked():
    text = LEAD + (
        "Varga was asked by moderator Gerard Baker whether the review would cost too much.\n\n"
        "“The most important job I will ever have is keeping this bank honest,” he said.\n"
    )
    assert speakers_of(text) == ["Tomas Varga"]
