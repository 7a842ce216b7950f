"""A lower-case word after an owner's possessive says what kind of role follows, and the owner stays
with it: "The council's planning chief, Sue Harkin," holds "council's planning chief", as "the
council's transport chief" does, not a bare "chief"."""

from __future__ import annotations

import pytest

from bot.core.article import parse_article
from bot.core.quotes.registry import build_registry


def _roles(sentence: str) -> list[list[str]]:
    registry = build_registry(parse_article("Title: T\n\n" + sentence + "\n"))
    return [person.roles for person in registry.persons]


@pytest.mark.parametrize(
    ("written", "role"),
    [
        ("The council's planning chief, Sue Harkin,", "council's planning chief"),
        ("The city's housing director, Sue Harkin,", "city's housing director"),
        ("The council's transport chief, Sue Harkin,", "council's transport chief"),
    ],
)
def test_a_role_after_an_owner_keeps_its_kind_and_owner(written, role):
    assert _roles(f"{written} said: “The site is too close to homes.”") == [[role]]
