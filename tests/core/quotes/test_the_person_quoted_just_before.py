"""`the person added` (or `this person said`) is the unnamed person quoted just before (`said a
longtime adviser to the mayor, who requested anonymity`), not a label of its own; a named speaker
quoted in between, or a body quoted before, leaves it apart."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes.engine import extract_quotes

ADVISER = (
    "Title: Debate\n\n"
    "“We have a mountain still to climb,” said a longtime adviser to the mayor, who requested anonymity.\n\n"
    "“Being candid is her last big hurdle,” the person added.\n"
)

NAMED_BETWEEN = ADVISER.replace(
    "“Being candid", "“We are ready,” said Ann Holt, the mayor's deputy.\n\n“Being candid"
)

BODY = (
    "Title: Debate\n\n"
    "“We have a mountain still to climb,” Harbor Bank said in a statement.\n\n"
    "“Being candid is her last big hurdle,” the person added.\n"
)


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(parse_article(text))]


def test_the_person_is_the_unnamed_person_just_quoted():
    first, second = _speakers(ADVISER)
    assert first.startswith("a longtime adviser") and second == first


def test_a_named_speaker_between_leaves_the_person_apart():
    assert not _speakers(NAMED_BETWEEN)[-1].startswith("a longtime adviser")


def test_a_body_is_no_person():
    assert _speakers(BODY)[-1] != "Harbor Bank"


def test_this_person_is_the_unnamed_person_just_quoted():
    text = ADVISER.replace("the person added", "this person said")
    first, second = _speakers(text)
    assert first.startswith("a longtime adviser") and second == first


def test_this_person_with_no_one_quoted_before_is_a_label_of_its_own():
    text = "Title: Debate\n\nThe mayor met her advisers.\n\n“We are ready for anything,” this person said.\n"
    assert _speakers(text) == ["this person"]
