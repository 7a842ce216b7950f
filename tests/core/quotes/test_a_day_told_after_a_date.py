"""A clause telling which day (", the day the council announced the audit:") reports nothing the
sentence quotes: the words after its colon are the sentence's writer's, not the council's."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

_SENTENCE = (
    "It was a big reversal for the former council president, Nora Quist, who wrote in a post on "
    "May 17, {clause}: “The auditor is a superb choice. Her record is spotless.”\n"
)


def test_the_body_announcing_something_on_that_day_does_not_speak():
    text = _SENTENCE.format(clause="the day the city council announced the audit")
    assert speakers_of(text) == ["Nora Quist"]


def test_a_body_announcing_in_the_main_clause_still_speaks():
    text = "On May 17, the city council announced the audit: “The auditor is a superb choice.”\n"
    assert speakers_of(text) == ["the city council"]
