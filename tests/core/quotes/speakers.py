"""The speakers the quote engine gives the quotations of a small article written for a test."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes


def speakers_of(text: str) -> list[str | None]:
    """Each quotation's speaker (a name, a source label or None), in text order."""
    return [q.speaker for q in quotes.extract_quotes(parse_article("Title: T\n\n" + text))]


def kinds_of(text: str) -> dict[str, str]:
    """Each listed speaker's kind ("person", "organisation", "unnamed"), by name."""
    listed = quotes.list_speakers(parse_article("Title: T\n\n" + text))
    return {s.name: s.kind for s in listed.speakers}
