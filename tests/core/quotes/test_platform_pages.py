"""A social platform's name after a person's name ("the Mark Holt Facebook page") says whose page
it is; it is no part of the person's name, so no "Mark Holt Facebook" is listed or looked up."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes


def _people(text: str) -> list[str]:
    return [p.name for p in quotes.list_people(parse_article("Title: T\n\n" + text))]


def test_a_platform_after_a_name_is_no_part_of_the_name():
    text = (
        "Dana Holt posted a letter on the Mark Holt Facebook page, where she wrote, “I miss you.”\n\n"
        "“Today I choose to keep going,” she wrote."
    )
    assert sorted(_people(text)) == ["Dana Holt", "Mark Holt"]


def test_a_channel_named_after_a_person_names_that_person():
    text = "Fans left messages on the Carl Penn YouTube channel this week."
    assert _people(text) == ["Carl Penn"]
