"""A common word before a surname only ever inside someone's quotation ("if it is Teleprompter
Trump") is an epithet they coin, no given name: the person stays the one the article names."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Assembly week\n\nWhen President Brekke addresses the assembly on Tuesday, many will watch.\n\n"
TWEETED = "On Sunday, Brekke tweeted, “Asked him how the talks are going.”\n\n"


def test_the_president_keeps_his_own_name_after_a_coined_epithet():
    text = LEAD + (
        "“If it is Teleprompter Brekke, it could be good for him,” said strategist Joe Lind.\n\n"
        + TWEETED
        + "Critics of Halvard Brekke’s policy were not convinced.\n"
    )
    assert speakers_of(text) == ["Joe Lind", "Halvard Brekke"]


def test_a_given_name_inside_a_quotation_still_names_the_person():
    text = (
        "Assembly week\n\nThe assembly opens on Tuesday.\n\n"
        "“I worked for Tomas Brekke for years,” said strategist Joe Lind.\n\n" + TWEETED
    )
    assert speakers_of(text) == ["Joe Lind", "Tomas Brekke"]
