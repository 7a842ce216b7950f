"""Shared fixtures: the bundled article and the project's own test articles."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

from bot.core.article import Article, load_article

# CI replays the same examples every run, so main stays green or red for a reason; locally
# hypothesis keeps exploring new inputs.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
BUNDLED = SEEDS / "blinken-beijing-visit.txt"
TEST_ARTICLES = Path(__file__).resolve().parent / "articles"


@pytest.fixture(scope="session")
def bundled() -> Article:
    return load_article(BUNDLED)


def own_article(name: str) -> Article:
    return load_article(TEST_ARTICLES / name)
