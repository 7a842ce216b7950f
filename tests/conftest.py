"""Shared fixtures: the bundled article and the project's own test articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.article import Article, load_article

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
BUNDLED = SEEDS / "blinken-beijing-visit.txt"
TEST_ARTICLES = Path(__file__).resolve().parent / "articles"


@pytest.fixture(scope="session")
def bundled() -> Article:
    return load_article(BUNDLED)


def own_article(name: str) -> Article:
    return load_article(TEST_ARTICLES / name)
