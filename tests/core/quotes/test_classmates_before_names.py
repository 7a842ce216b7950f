"""A classmate or a roommate is a person's relation, as a teammate is: "added his classmate Irfan
Sheikh" names the person Irfan Sheikh, though no list knows the given name (issue 11, probe pass)."""

from __future__ import annotations

from tests.core.quotes.speakers import kinds_of, speakers_of

TEXT = "“I feel very proud,” said Xi Chen. “It's like a dream,” added his classmate Irfan Sheikh.\n"


def test_a_classmate_named_after_an_inverted_verb_is_the_speaker():
    assert speakers_of(TEXT) == ["Xi Chen", "Irfan Sheikh"]


def test_a_classmate_named_after_an_inverted_verb_is_a_person():
    assert kinds_of(TEXT)["Irfan Sheikh"] == "person"


def test_a_capitalised_relation_noun_opening_a_name_is_a_brand():
    text = (
        "Tenants queued in the rain on Saturday.\n\n"
        "“Every flat was taken by noon,” said Flatmate Compass, the firm behind the listings.\n"
    )
    assert speakers_of(text) == ["Flatmate Compass"]
