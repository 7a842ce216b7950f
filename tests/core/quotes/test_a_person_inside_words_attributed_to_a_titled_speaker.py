"""A person named inside words attributed after them to a titled speaker ("But Vance would be
mistaken if he ..., said Rep. Ann Reed (D-Ore.).") is talked of, no rival of that speaker for the
next "she said" or "he said"."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TEXT = (
    "Harbor caucus meets the governor\n\n"
    "Gov. Tom Vance met the harbor caucus on Tuesday.\n\n"
    "But Vance would be mistaken if he views the group as a “rubber stamp” for his plans, said Rep. "
    "Paul Reed (D-Ore.).\n\n"
    "“We are not going to hold the caucus hostage for our own interests,” he said.\n"
)


def test_he_after_an_inverted_titled_speaker_means_that_speaker():
    assert speakers_of(TEXT)[-1] == "Paul Reed"


def test_he_after_an_inverted_speaker_without_a_title_means_that_speaker_too():
    assert speakers_of(TEXT.replace("said Rep. Paul Reed (D-Ore.)", "said Paul Reed"))[-1] == "Paul Reed"
