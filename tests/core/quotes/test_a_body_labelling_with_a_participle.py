""" "The Harbor Safety Board has issued its new crossing plan, calling it “…”": a body opening the
clause labels the thing with the participle's words, as a person there does."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of


@pytest.mark.parametrize("participle", ["calling it", "describing it as"])
def test_the_body_opening_the_clause_says_the_label(participle):
    text = f"The Harbor Safety Board has issued its plan, {participle} “a sensible plan to protect us.”\n"
    assert speakers_of(text) == ["the Harbor Safety Board"]


def test_a_body_as_the_object_does_not_label():
    text = "Residents read the Harbor Safety Board plan, calling it “a sensible plan to protect us all.”\n"
    assert speakers_of(text) != ["the Harbor Safety Board"]
