"""A person's campaign, team or camp opening the clause ("Kettering's campaign was quick to fire back,
saying “…”") speaks as a body of its own, never the person whose name owns it."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Race\n\nSenator Rob Kettering and his challenger Dale Imbert traded attacks again on Monday.\n\n"


def test_a_campaign_firing_back_is_the_campaign():
    text = LEAD + (
        "Kettering's campaign was quick to fire back, saying, “The attacks have been proven false time "
        "and again.”\n"
    )
    assert speakers_of(text) == ["Kettering's campaign"]


def test_a_team_accusing_is_the_team():
    text = LEAD + "Imbert's team shrugged off the remarks, telling reporters, “Nobody here asked for them.”\n"
    assert speakers_of(text) == ["Imbert's team"]


def test_the_person_owning_a_campaign_pledge_still_speaks():
    text = LEAD + "Kettering made a campaign pledge on Monday, saying, “I will never raise your taxes.”\n"
    assert speakers_of(text) == ["Rob Kettering"]
