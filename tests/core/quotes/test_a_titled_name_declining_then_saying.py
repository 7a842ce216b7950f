"""A title before a name opening the sentence ("Foreign Ministry spokeswoman Clara Venn declined to
discuss the talks, saying “…”") is the name's title, not a group of people speaking: the named
person goes on to say what the participle brings, and is listed once."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import kinds_of, speakers_of


@pytest.mark.parametrize(
    "opening",
    [
        "Foreign Ministry spokeswoman Clara Venn declined to discuss the talks",
        "Port Authority spokesman Clara Venn refused",
        "City lawyer Clara Venn would not name the buyer",
    ],
)
def test_a_titled_name_then_a_participle_of_saying_is_the_named_person(opening):
    text = f"{opening}, saying “the office has nothing further to add this week.”\n"
    assert speakers_of(text) == ["Clara Venn"]


def test_the_title_before_the_name_is_not_listed_as_an_unnamed_source():
    text = (
        "Foreign Ministry spokeswoman Clara Venn declined to discuss the talks, saying one more "
        "citizen was still held and “we want to bring him home too.”\n\n"
        "The plane landed in Porto Bay, Venn said. “He is tired but well,” she said.\n"
    )
    assert kinds_of(text) == {"Clara Venn": "person"}


def test_a_group_opening_the_sentence_still_speaks_through_a_participle():
    text = "Protesters marched to the harbour office, chanting “no new tolls on the bridge.”\n"
    assert speakers_of(text) == ["protesters"]
