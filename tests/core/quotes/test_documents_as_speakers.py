"""A document's noun with a verb of saying ("Her economic plan promises to “…”", "The cable warns")
speaks as the document, an unnamed source: never its owner nor the person named last."""

from __future__ import annotations

from tests.core.quotes.speakers import kinds_of, speakers_of

UNVEILED = "Nora Brisco, the Green candidate, unveiled her economic plan in Dunmore on Monday.\n\n"


def test_a_possessed_plan_promising_speaks_as_the_plan():
    text = UNVEILED + "Her economic plan promises to “put the valley back to work.”\n"
    assert speakers_of(text) == ["her economic plan"]
    assert kinds_of(text) == {"her economic plan": "unnamed"}


def test_a_plan_owned_by_name_speaks_as_the_plan_not_its_owner():
    text = UNVEILED + "Brisco's plan vows to “end the toll on the river bridge.”\n"
    assert speakers_of(text) == ["Brisco's plan"]


def test_a_cable_warning_speaks_as_the_cable():
    text = (
        "Ambassador Ivo Marsh sent a cable from Tirana in May.\n\n"
        "The cable warns that the port is “open to smugglers.”\n"
    )
    assert speakers_of(text) == ["the cable"]


def test_a_plan_announced_and_named_is_no_speaker():
    text = (
        "Governor Hal Brant spoke on Monday about the budget.\n\n"
        "Brant announced a plan last week called “Open Harbor” to “stomp on the gas” and reopen "
        "the shops.\n"
    )
    assert "a plan" not in speakers_of(text)


def test_a_tweet_passed_on_speaks_not_the_one_who_retweeted_it():
    text = (
        "Budget row\n\n"
        "Earlier that day, Mayor Ilse Corrigan retweeted a Channel Nine tweet that said, “The deputy "
        "did not propose a secret budget line at the meeting, sources say.”\n"
    )
    assert speakers_of(text) == ["a Channel Nine tweet"]
