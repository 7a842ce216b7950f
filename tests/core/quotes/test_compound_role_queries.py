"""/quote typed as a role written as one compound word ("harbourmaster", "shopkeeper"): it finds the
person who holds it, as "goalkeeper" or "the captain" does, where /speakers shows that role."""

from __future__ import annotations

from bot.core import api
from bot.core.article import parse_article

QUAY = parse_article(
    "Title: Quay reopens\n\n"
    'Harbourmaster Idris Penhallow said the quay was safe. "Boats can tie up again," he said.\n\n'
    '"Trade will come back," said shopkeeper Lowenna Tregarthen.\n'
)


def test_the_compound_role_finds_its_holder():
    assert api.quote(QUAY, "harbourmaster").speaker.name == "Idris Penhallow"


def test_the_compound_role_with_the_article_finds_its_holder():
    assert api.quote(QUAY, "the shopkeeper").speaker.name == "Lowenna Tregarthen"


def test_a_compound_role_no_one_holds_finds_no_one():
    assert api.quote(QUAY, "stationmaster").speaker is None
