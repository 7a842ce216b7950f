"""A role ranked below another ("the vice-presidential nominee", "the deputy mayor") is never the
one holder of the higher role the article names ("presidential nominee Mitt Romney"); it refers
back, as "he" would, to the person just named; so does a role whose modifiers a comma parts ("the
bespectacled, 71-year-old diplomat"), never an unnamed "diplomat"."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes


def _quotes(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in quotes.extract_quotes(parse_article(f"Title: Rally\n\n{text}\n"))]


def test_the_vice_presidential_nominee_is_not_the_presidential_nominee_named_later():
    text = (
        "At a rally last week, Mike Pence showed the crowd a clip of Gov. Maggie Hassan.\n\n"
        "“Let me help you out - the answer's no,” the Republican vice-presidential nominee said.\n\n"
        "She was a booster of 2012 presidential nominee Mitt Romney."
    )
    assert _quotes(text) == [("Mike Pence", "Let me help you out - the answer's no")]


def test_a_role_whose_modifiers_a_comma_parts_refers_back_to_the_person_just_named():
    text = (
        "Tom Reyes flew home on Monday after a long career at the embassy.\n\n"
        "“I made climate change the top priority,” the bespectacled, 71-year-old diplomat said."
    )
    assert _quotes(text) == [("Tom Reyes", "I made climate change the top priority")]
