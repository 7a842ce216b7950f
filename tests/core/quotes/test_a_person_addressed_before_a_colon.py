"""A person a verb addresses right before a colon ("Son of fire victim addresses Ada Brill: '…'")
is whom the words are said to, never their speaker."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_the_person_addressed_before_a_colon_does_not_speak():
    text = "Hearing\n\nSon of fire victim addresses Ada Brill: 'Show some care for them, please'\n"
    assert "Ada Brill" not in speakers_of(text)


def test_a_person_before_a_colon_with_no_verb_still_speaks():
    text = "Hearing\n\nMore from Ada Brill: “Show some care for them, please.”\n"
    assert speakers_of(text) == ["Ada Brill"]
