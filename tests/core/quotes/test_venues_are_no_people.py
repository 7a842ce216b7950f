"""A venue named with a given name ("the Rose Garden", "Madison Square Garden") is a place, never a
person who might speak or whom a pronoun might mean."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes.engine import list_people
from tests.core.quotes.speakers import speakers_of

TEXT = (
    "In Rose Garden remarks, Governor Ada Holt said the compact had failed the harbour towns.\n\n"
    "“We will today be terminating our relationship with the compact,” she said.\n"
)


def test_the_rose_garden_is_no_person():
    people = [p.name for p in list_people(parse_article("Title: T\n\n" + TEXT))]
    assert "Rose Garden" not in people


def test_a_she_after_rose_garden_remarks_means_the_speaker_named():
    assert speakers_of(TEXT) == ["Ada Holt"]
