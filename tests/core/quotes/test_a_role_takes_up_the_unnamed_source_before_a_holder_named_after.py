"""A definite role ("said the Democratic strategist") takes up the unnamed source quoted before it
("said one unaffiliated Democratic strategist") though someone holding the role is named only after
it ("Mira Quell, a Democratic strategist"): a role refers back. A holder named and quoted before the
role is still whom it means."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "Race\n\nMayor Tessa Morrow's campaign for governor has surged this spring.\n\n"
    "“He's been coasting on name recognition for far too long,” said one unaffiliated Democratic "
    "strategist of her rival.\n\n"
    "Columnists have compared Morrow to the late governor Hal Pruett.\n\n"
)
BACK = "“There will not be another Pruett,” said the Democratic strategist.\n\n"
NAMED = "“Morrow is just getting started,” said Mira Quell, a Democratic strategist in Colville.\n\n"


def test_the_role_takes_up_the_unnamed_source_before_a_holder_named_after_it():
    assert speakers_of(LEAD + BACK + NAMED) == [
        "one unaffiliated Democratic strategist",
        "one unaffiliated Democratic strategist",
        "Mira Quell",
    ]


def test_a_holder_named_and_quoted_before_the_role_is_whom_it_means():
    assert speakers_of(LEAD + NAMED + BACK) == [
        "one unaffiliated Democratic strategist",
        "Mira Quell",
        "Mira Quell",
    ]
