"""The agent of a passive verb of praising ("the plan was praised by Senate Minority Leader Harriet
Voss, who ...") stands as a subject: "the Lakeport Democrat said" and "She added" after it are hers,
not the plan's owner's."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "Water plan\n\nGovernor Dale Whitcombe unveiled a $2 billion water plan on Tuesday.\n\n"
    "Mr. Whitcombe’s sweeping water plan was praised by Senate Minority Leader Harriet L. Voss, who "
    "usually fights the governor on every budget line.\n\n"
)


def test_a_role_after_the_agent_of_praise_is_the_agent():
    text = LEAD + "“The governor’s plan on water is exactly right,” the Lakeport Democrat said.\n"
    assert speakers_of(text) == ["Harriet L. Voss"]


def test_she_after_the_agent_of_praise_is_the_agent():
    text = LEAD + "She added, “The governor has earned our support on this one.”\n"
    assert speakers_of(text) == ["Harriet L. Voss"]
