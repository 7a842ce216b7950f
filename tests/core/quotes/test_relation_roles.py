"""A relation before a titled name ("the son of Governor Carl Penn") is the relative's, not the
name's: Penn is the governor, never "son of Governor"."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes


def _roles(text: str) -> dict[str, str | None]:
    return {p.name: p.role for p in quotes.list_people(parse_article("Title: T\n\n" + text))}


def test_the_title_after_a_relation_is_the_named_persons_role():
    text = "Her aide Tom Reyes, the son of Harbor Governor Carl Penn, was also there."
    assert _roles(text)["Carl Penn"] == "Harbor Governor"


def test_a_relation_opening_a_sentence_is_no_role_of_the_name():
    text = "The son of Senator Joe Crane said little.\n\n“We came back,” Crane said."
    assert _roles(text)["Joe Crane"] == "Senator"
