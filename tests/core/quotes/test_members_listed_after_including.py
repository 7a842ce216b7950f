"""Names listed after "including", set off by a comma, are members of the sentence's subject, not
its subject: "A dozen former mayors, including Ed Parr, Sue Lind and Rob Gale, issued a joint
statement calling the plan “…”" is none of theirs (issue 11)."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

_LEAD = "The council voted on Monday to sell the old festival grounds.\n\n"


def test_a_participle_after_a_group_with_members_listed_is_no_members():
    text = _LEAD + (
        "A dozen former mayors, including recent former city heads Ed Parr, Sue Lind and Rob Gale, "
        "issued a joint statement calling the plan “a betrayal of the city's history.”\n"
    )
    assert speakers_of(text) == [None]


def test_a_group_with_members_listed_before_said_is_still_the_group():
    text = _LEAD + (
        "Several council members, including Ed Parr and Rob Gale, said the vote was “a disgrace "
        "to the town.”\n"
    )
    assert speakers_of(text) == ["several council members"]


def test_a_person_named_before_a_participle_still_speaks():
    text = _LEAD + (
        "Mayor Sue Lind, who grew up near the grounds, issued a statement calling the plan “a "
        "betrayal of the city's history.”\n"
    )
    assert speakers_of(text) == ["Sue Lind"]
