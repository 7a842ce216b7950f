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
        "At a town hall on Friday, Dan Corbett played the audience a tape of Gov. Irene Tafoya.\n\n"
        "“Let me save you the trouble - it's a no,” the Democratic vice-presidential nominee said.\n\n"
        "She was a backer of 2008 presidential nominee Walt Brenner."
    )
    assert _quotes(text) == [("Dan Corbett", "Let me save you the trouble - it's a no")]


def test_a_role_whose_modifiers_a_comma_parts_refers_back_to_the_person_just_named():
    text = (
        "Tom Reyes flew home on Monday after a long career at the embassy.\n\n"
        "“I put clean water at the top of the list,” the soft-spoken, 68-year-old diplomat said."
    )
    assert _quotes(text) == [("Tom Reyes", "I put clean water at the top of the list")]
