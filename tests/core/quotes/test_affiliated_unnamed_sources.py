"""An unnamed person introduced with the body they speak for or belong to ("A spokeswoman for
Tollmere Council, which runs the port, said ...") keeps that body in their label when a he or she
of the next sentence is quoted: "a spokeswoman for Tollmere Council", not "a spokeswoman"."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes


def labels_of(text: str) -> list[str]:
    return [s.name for s in quotes.list_speakers(parse_article("Title: T\n\n" + text)).speakers]


def test_a_spokeswoman_quoted_as_she_keeps_the_body_she_speaks_for():
    text = (
        "A spokeswoman for Tollmere Council, which runs the port, said the rise was needed. "
        '"We had no choice," she said.'
    )
    assert labels_of(text) == ["a spokeswoman for Tollmere Council"]


def test_a_spokesman_for_the_named_trust_keeps_the_trust():
    text = 'A spokesman for the Harbour Trust said it was disappointed. "We learned of it late," he said.'
    assert labels_of(text) == ["a spokesman for the Harbour Trust"]


def test_a_body_written_in_lower_case_is_no_part_of_the_label():
    text = 'A spokesman for the trust said it was disappointed. "We learned of it late," he said.'
    assert labels_of(text) == ["a spokesman"]


def test_a_full_name_after_the_body_is_no_part_of_the_label():
    text = (
        'A teacher at Hillside School Tom Hale said the roof leaked. "The children need a new one," he said.'
    )
    assert labels_of(text) == ["Tom Hale"]
