"""A participle right after the one a verb of answering is "to" ("Harlow responded to Pike tweeting
earlier in the day: “…”") is that person's: the tweet answered, not the answer."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "School funding\n\nSenate President Dana Harlow is rejecting Governor Vernon Pike's suggestion.\n\n"


def test_responded_to_a_person_tweeting_gives_that_persons_tweet():
    text = LEAD + (
        "Harlow, the leader of the Senate, responded to Pike tweeting earlier in the day: “If the Senate "
        "cannot pass the package this week, they should pass the raises now!”\n"
    )
    assert speakers_of(text) == ["Vernon Pike"]


def test_responded_with_a_participle_of_her_own_stays_hers():
    text = LEAD + "Harlow responded on Friday, saying: “We are going to finish the job we started.”\n"
    assert speakers_of(text) == ["Dana Harlow"]
