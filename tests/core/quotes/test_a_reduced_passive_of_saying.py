"""A past participle of saying right after the noun it describes, with no auxiliary ("a schedule
characterized by Senator Dale Orrin as part of a plan “…”"), is done by the person after "by", who
speaks the words, not the thing described."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_the_agent_of_a_reduced_passive_speaks():
    text = (
        "Over twenty witnesses were slated to testify, a schedule characterized by Senator Dale Orrin "
        "as part of a plan “to rush through this massive bill before the voters know what's in it.”\n"
    )
    assert speakers_of(text) == ["Dale Orrin"]


def test_a_passive_with_its_auxiliary_still_names_the_agent():
    text = "The schedule was characterized by Senator Dale Orrin as part of a plan “to rush the bill.”\n"
    assert speakers_of(text) == ["Dale Orrin"]
