"""Extractive summary of an article: the sentences that best cover it, in article order.

Baseline engine: the lead body sentences (captions and repeats skipped).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from bot.core.article import Article


@dataclass(frozen=True, slots=True)
class SummarySentence:
    text: str
    paragraph: int


@dataclass(frozen=True, slots=True)
class Summary:
    article: str
    sentences: tuple[SummarySentence, ...]

    def to_dict(self) -> dict:
        return {"article": self.article, "sentences": [asdict(s) for s in self.sentences]}


def summarize(article: Article, count: int) -> Summary:
    """The `count` most important body sentences, in article order."""
    picked = article.body_sentences[:count]
    return Summary(article.id, tuple(SummarySentence(s.text, s.paragraph) for s in picked))
