"""The person a retort, response or rebuke comes from is the next speaker ("Tolliver's attack drew a
quick retort from assembly leader Nora Vance. ¶ “…,” the Harlow Democrat said"), as one named by
"according to" is, not the owner of what was answered."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

ATTACK = (
    "Governor Ray Tolliver posted on Saturday that the assembly members were wrong.\n\n"
    "Tolliver's attack drew a quick retort from assembly leader Nora Vance.\n\n"
)


def test_a_party_member_noun_after_a_retort_means_the_one_retorting():
    text = ATTACK + "“If the governor blocks the payments, rents will go up,” the Harlow Democrat said.\n"
    assert speakers_of(text) == ["Nora Vance"]


def test_a_pronoun_after_a_rebuke_means_the_one_rebuking():
    text = (
        "Rep. Austin Kell said the chairman betrayed the party.\n\n"
        "His unusual attack drew a personal rebuke from Rep. Justin Amos, a caucus member.\n\n"
        "“Thank God there are honorable congressmen who are not seduced by fallacies,” he replied.\n"
    )
    assert speakers_of(text) == ["Justin Amos"]
