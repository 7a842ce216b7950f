"""The part of an article the quote engine reads: whole sentences up to caps of paragraphs and
characters, so the names and quotations of any text under the size guard cost a bounded time.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from bot.core import constants
from bot.core.article import Article, Paragraph

log = logging.getLogger(__name__)


def readable_part(article: Article) -> Article:
    """`article` itself when it is within the caps (every news article), else its first paragraphs
    up to them, the last one cut after its last whole sentence within the characters left. Paragraph
    and sentence numbers are the article's own, so quotations point at the same places."""
    budget = constants.QUOTE_READ_CHARS
    paragraphs = article.paragraphs[: constants.QUOTE_READ_PARAGRAPHS]
    index = 0
    while index < len(paragraphs) and len(paragraphs[index].text) <= budget:
        budget -= len(paragraphs[index].text)
        index += 1
    if index == len(article.paragraphs):
        return article
    cut = _cut(paragraphs[index], budget) if index < len(paragraphs) else None
    kept = paragraphs[:index] + ((cut,) if cut is not None else ())
    log.info(
        "%s: names and quotations read in its first %d paragraphs or %d characters",
        article.id,
        constants.QUOTE_READ_PARAGRAPHS,
        constants.QUOTE_READ_CHARS,
    )
    return Article(
        article.id,
        article.title,
        article.source,
        kept,
        url=article.url,
        has_headline=article.has_headline,
    )


def _cut(paragraph: Paragraph, budget: int) -> Paragraph | None:
    """The paragraph's whole sentences ending within `budget` characters, None if there are none."""
    sentences = tuple(s for s in paragraph.sentences if s.end <= budget)
    if not sentences:
        return None
    end = sentences[-1].end
    return replace(paragraph, text=paragraph.text[:end], sentences=sentences)
