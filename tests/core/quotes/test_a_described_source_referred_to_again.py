"""A definite source described again ("said the source familiar with the preparations") is the one
introduced with that description, not the latest unnamed source met with the same noun."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TEXT = (
    "Party insiders were asked who lost the debate.\n\n"
    "“It was a rough night for everyone,” said a source familiar with the debate preparations.\n\n"
    "“We were joking about the podium height,” recalled another campaign source in the room.\n\n"
    "“It was meant to look relaxed,” said the source familiar with the preparations.\n"
)


def test_the_described_source_is_not_the_latest_one_with_its_noun():
    speakers = speakers_of(TEXT)
    assert speakers[2] != speakers[1]


def test_the_described_source_is_the_one_introduced_so():
    speakers = speakers_of(TEXT)
    assert speakers[2] == speakers[0]
