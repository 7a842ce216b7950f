"""`The Harbor Foundation did not want to address the case, telling a station that the organization
is focused on “…”`: a body opening the clause, no person named before the participle, goes on speaking,
labelled, as a person does; then `the group said` is that body. A person named before keeps the words."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes.engine import extract_quotes


def _speakers(sentence: str) -> list[str | None]:
    text = (
        f"Title: T\n\nTom Holt sold the gun on Monday.\n\n{sentence}\n\n"
        "“We are focused on that mission,” the group said.\n"
    )
    return [q.speaker for q in extract_quotes(parse_article(text))]


def test_a_foundation_goes_on_telling():
    sentence = (
        "The Harbor Foundation did not want to address the case, telling a local station that "
        "the organization is focused on “ending senseless gun violence.”"
    )
    assert _speakers(sentence) == ["the Harbor Foundation", "the Harbor Foundation"]


def test_a_foundation_declining_goes_on_saying():
    sentence = "The Harbor Foundation declined to comment, saying it is focused on “ending gun violence.”"
    assert _speakers(sentence)[0] == "the Harbor Foundation"


def test_a_person_named_before_the_participle_is_no_body():
    sentence = "The Harbor Foundation sued Tom Holt, calling him “a danger to the public.”"
    assert _speakers(sentence)[0] != "the Harbor Foundation"


def test_a_body_also_weighing_in_goes_on_saying():
    sentence = (
        "As the posts spread, Harlow police also weighed in, saying in a statement that “any guessing "
        "about the case is unhelpful.”"
    )
    assert _speakers(sentence)[0] == "Harlow police"
