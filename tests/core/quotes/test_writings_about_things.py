"""Writings speak under more names and with what they are in or about: "the review says", "the inquiry
said", "the charter defines ... as", "the guidance states" (a review, an inquiry, a charter, guidance:
documents as a report is); "A new report into the crash says", "A footnote in the report makes that
clear:" (the writing speaks, labelled so, never what it is in or about); a writing after a preposition
is someone else's ("one commenter on a Harbor Times article" is no article speaking)."""

from __future__ import annotations

import pytest

from bot.core.article import parse_article
from bot.core.quotes.engine import extract_quotes


def _speakers(*paragraphs: str) -> list[str | None]:
    body = "\n\n".join(("The council published its review of the ferry service on Monday.", *paragraphs))
    return [quote.speaker for quote in extract_quotes(parse_article(f"Title: Ferry review\n\n{body}\n"))]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The review says the fares are “far too high for families.”", "the review"),
        ("The inquiry said the crew had been “badly let down.”", "the inquiry"),
        ("The charter defines a harbour as “any water within the breakwater.”", "the charter"),
        ("The guidance states that boats must “keep clear of the channel.”", "the guidance"),
        ("A new report into the crash says it was “entirely avoidable.”", "a new report"),
    ],
)
def test_a_writing_speaks(sentence, speaker):
    assert _speakers(sentence) == [speaker]


def test_a_footnote_in_a_report_speaks_apart_from_the_report():
    said = _speakers(
        "The report makes that clear: “Night sailings were left out.”",
        "A footnote in the report makes that clear: “These figures exclude the winter timetable.”",
    )
    assert said == ["the report", "a footnote in the report"]


def test_a_writing_after_a_preposition_is_no_speaker():
    said = _speakers("As one commenter on a Harbor Times article about fares put it, “Walk instead.”")
    assert said != ["a Harbor Times article"]
