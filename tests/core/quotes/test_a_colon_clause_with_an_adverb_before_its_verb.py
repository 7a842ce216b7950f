""" "It's an argument Marcus Hale recently invoked: “…”": the one person a colon's clause names, an
adverb between the name and its verb, introduces the words."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of


@pytest.mark.parametrize("adverb", ["recently ", "repeatedly ", "publicly ", ""])
def test_the_person_before_the_verb_introduces_the_words(adverb):
    text = f"It's an argument Marcus Hale {adverb}invoked: “The policy has let the state skip trials.”\n"
    assert speakers_of(text) == ["Marcus Hale"]
