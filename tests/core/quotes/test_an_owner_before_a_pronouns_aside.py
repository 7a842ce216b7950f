"""A name owning the sentence's subject ("Mayor Tobin Grey's support for the plan, she said, “…”")
is not what the aside's he or she means: a writer would have put "her" for the owner."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Bridge\n\n"


def test_the_asides_she_is_not_the_owner_before_it():
    text = LEAD + (
        "Councillor Ada Brenn spoke for the bridge plan at Monday's meeting. Mayor Tobin Grey's "
        "support for the plan, she said, “shows the town is ready to build again.”\n"
    )
    assert speakers_of(text) == ["Ada Brenn"]


def test_a_pronoun_later_in_the_owners_sentence_may_still_mean_the_owner():
    text = LEAD + (
        "Councillor Ada Brenn spoke at Monday's meeting. Mayor Tobin Grey's plan passed after he "
        "said the bridge “will be built by spring.”\n"
    )
    assert speakers_of(text) == ["Tobin Grey"]
