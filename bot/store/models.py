"""What the store hands out: a stored article, its listing row, and an article to add.

Plain frozen dataclasses, so the shells never see a database row.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True, slots=True)
class NewArticle:
    """An article to store: text already extracted, metadata as extracted (author, date, url...)."""

    title: str
    source: str
    text: str
    metadata: dict = field(default_factory=dict)
    added_by: str | None = None


@dataclass(frozen=True, slots=True)
class ArticleListing:
    """One stored article without its text: enough for lists and autocomplete."""

    id: int
    server_id: int
    title: str
    source: str
    added_by: str | None
    added_at: datetime

    def to_dict(self) -> dict:
        return _listed(self)


@dataclass(frozen=True, slots=True)
class StoredArticle:
    """A stored article with its text and metadata."""

    id: int
    server_id: int
    title: str
    source: str
    text: str
    metadata: dict
    added_by: str | None
    added_at: datetime

    def to_dict(self) -> dict:
        return _listed(self)


def _listed(article: ArticleListing | StoredArticle) -> dict:
    """A stored article as JSON: where it is and what it is called, never its text."""
    return {"id": article.id, "title": article.title, "source": article.source, "server": article.server_id}
