"""A form of address standing for a monarch or a prelate ("Her Majesty", "His Holiness") names no
person called "Majesty" or "Holiness"; the she after it goes to the woman the article names."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes
from tests.core.quotes.speakers import speakers_of

TEXT = (
    "Queen\n\nQueen Anselma of Dravenia turned 88 on Monday.\n\n"
    "Her Majesty, head of state of Dravenia and 14 other realms, is admired at home and abroad.\n\n"
    "Her Majesty still keeps the promise she made 67 years ago: “My whole life shall be devoted to "
    "your service.”\n"
)


def test_majesty_is_no_person():
    people = quotes.list_people(parse_article("Title: T\n\n" + TEXT))
    assert "Majesty" not in [p.name for p in people]


def test_the_words_go_to_the_woman_named():
    assert speakers_of(TEXT) == ["Anselma"]
