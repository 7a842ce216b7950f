""" "Her remarks come weeks after Governor Harlan Quist argued that he was “not on the ballot”": a
"that" right after a named person's verb of saying is that verb's, whoever owns a noun of speech
before it; "his statement ... to say that policymakers predict “…”" is still the owner's."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_named_speakers_that_is_not_the_possessed_nouns():
    text = (
        "State party chair Nadia Ferrow said Sunday that her party will keep the assembly.\n\n"
        "Her remarks come weeks after Governor Harlan Quist argued that he indeed was “not on the ballot "
        "this fall.”\n"
    )
    assert speakers_of(text) == ["Harlan Quist"]


def test_the_owners_statement_to_say_that_stays_the_owners():
    text = (
        "Fed chairman Ben Brandt spoke to the committee on Thursday.\n\n"
        "The central bank chief goes on in his statement to say that Fed policymakers predict “growth will "
        "likely continue at a moderate pace.”\n"
    )
    assert speakers_of(text) == ["Ben Brandt"]
