"""Unnamed sources after an inverted verb: a former holder written with "ex-" ("said the
ex-treasurer") is a source like "the former treasurer", and one placed inside or within someone's
team ("said a strategist inside Palmer's operation") is that source, not the team's owner."""

from __future__ import annotations

from tests.core.quotes.speakers import kinds_of, speakers_of

_MAYOR = "Mayor Ann Palmer says the town budget is sound.\n\n"


def test_an_ex_holder_after_the_verb_is_an_unnamed_source():
    text = _MAYOR + "“The numbers never added up,” said the ex-treasurer, who asked not to be named.\n"
    assert speakers_of(text) == ["the ex-treasurer"]
    assert kinds_of(text)["the ex-treasurer"] == "unnamed"


def test_a_source_inside_someones_operation_is_the_source():
    text = (
        _MAYOR
        + "“We will find the money,” said a strategist inside Palmer's operation. “We will cover it.”\n"
    )
    assert speakers_of(text) == ["a strategist", "a strategist"]


def test_a_source_within_someones_campaign_is_the_source():
    text = _MAYOR + "“We will find the money,” said a strategist within Palmer's campaign.\n"
    assert speakers_of(text) == ["a strategist"]


def test_a_source_for_someone_still_names_whom_it_speaks_for():
    text = _MAYOR + "“We will find the money,” said a spokesman for Mayor Palmer.\n"
    assert speakers_of(text) == ["a spokesman for Mayor Palmer"]
