"""`she remarked, according to the transcript, “…”`: an "according to" right after a verb of saying
and its comma names the record of the words, not their speaker; alone it still names the source."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

OPENING = "Lena Brandt runs her father's campaign.\n\n"


def test_the_record_after_the_verb_leaves_the_subject_speaking():
    text = OPENING + "Asked about the fees, she remarked, according to the transcript, “We will fix this.”\n"
    assert speakers_of(text) == ["Lena Brandt"]


def test_according_to_alone_still_names_the_source():
    text = OPENING + "The fees will be cut, according to the transcript: “We will fix this.”\n"
    assert speakers_of(text) == ["the transcript"]


def test_a_source_after_an_unnamed_groups_verb_still_speaks():
    text = OPENING + "The fees will go, leaders said, according to one council member, “and soon.”\n"
    assert speakers_of(text) == ["one council member"]
