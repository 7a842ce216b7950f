"""Paragraph search for `lookup`: typo-tolerant, ranked, with matched words marked.

Baseline engine: case-insensitive whole-word matching, ranked by number of hits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.article import Article
from bot.core.text import fold, words

# Matched words are wrapped in these marks; shells turn them into bold or colour.
MARK_START = "\u0002"
MARK_END = "\u0003"


@dataclass(frozen=True, slots=True)
class LookupHit:
    paragraph: int
    text: str
    marked: str
    score: float
    is_caption: bool = False

    def to_dict(self) -> dict:
        return {"paragraph": self.paragraph, "text": self.text, "score": round(self.score, 4)}


@dataclass(frozen=True, slots=True)
class LookupResult:
    query: str
    hits: tuple[LookupHit, ...]
    suggestions: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        return {"query": self.query, "results": [h.to_dict() for h in self.hits]}


def lookup(article: Article, query: str, limit: int) -> LookupResult:
    wanted = {fold(w) for w in words(query)}
    hits = []
    for paragraph in article.paragraphs:
        if paragraph.duplicate_of is not None:
            continue
        found = [w for w in words(paragraph.text) if fold(w) in wanted]
        if found:
            pattern = re.compile(r"\b(" + "|".join(map(re.escape, set(found))) + r")\b")
            marked = pattern.sub(lambda m: MARK_START + m.group(0) + MARK_END, paragraph.text)
            hits.append(
                LookupHit(paragraph.number, paragraph.text, marked, float(len(found)), paragraph.is_caption)
            )
    hits.sort(key=lambda h: -h.score)
    return LookupResult(query, tuple(hits[:limit]))
