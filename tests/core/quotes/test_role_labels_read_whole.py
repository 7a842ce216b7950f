"""Roles in /speakers read as written: a digest's heading in capitals glued to the title after it is
no part of the role ("KILLED IN BLAST Harbor President Ada Holt" is the Harbor President), an
acronym is ("US EPA Administrator"); an apposition whose comma stands inside a title's marks keeps
the closing mark ("star of the reality show “Cake Boss”", never a mark left open)."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes.registry import build_registry


def _roles(body: str) -> dict[str, list[str]]:
    return {p.name: p.roles for p in build_registry(parse_article(f"Title: Digest\n\n{body}\n")).persons}


def test_a_heading_in_capitals_is_no_part_of_the_role():
    roles = _roles("KILLED IN BLAST Harbor President Ada Holt died on Monday, officials said.")
    assert roles == {"Ada Holt": ["Harbor President"]}


def test_an_acronym_before_a_title_stays():
    roles = _roles("US EPA Administrator Dana Pruitt visited the port on Monday.")
    assert roles == {"Dana Pruitt": ["US EPA Administrator"]}


def test_a_title_in_an_apposition_keeps_its_closing_mark():
    curly = _roles("Tom Vale, star of the reality show “Cake Boss,” said the bakery would open again.")
    straight = _roles('Tom Vale, host of car show "Top Gear," said the show would return.')
    assert curly == {"Tom Vale": ["star of the reality show “Cake Boss”"]}
    assert straight == {"Tom Vale": ['host of car show "Top Gear"']}
