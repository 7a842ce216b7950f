"""The plain present of a verb of saying after a plural subject ("the authors write", "the ministers
state", "critics argue") is a verb of saying, as its -s form is after a singular one."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_plural_source_with_a_plain_present_verb_speaks():
    text = "“The harbour is the safest in the region,” the ministers state in their white paper.\n"
    assert speakers_of(text) == ["the ministers"]


def test_a_plural_nationality_with_a_plain_present_verb_speaks():
    text = "“Our ports are open to every ship,” the Norwegians write in the report.\n"
    assert speakers_of(text) == ["the Norwegians"]
