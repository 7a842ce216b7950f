"""Direct quotations and who said them, plus the registry of people an article names.

Baseline engine: quotations attributed only by an adjacent "X said"/"said X".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz, process

from bot.core.article import Article
from bot.core.text import fold


@dataclass(frozen=True, slots=True)
class Quote:
    text: str
    paragraph: int
    sentence: str
    speaker: str | None
    partial: bool = False

    def to_dict(self) -> dict:
        return {"text": self.text, "paragraph": self.paragraph, "sentence": self.sentence}


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str
    aliases: tuple[str, ...] = ()
    role: str | None = None
    quotes: int = 0

    def to_dict(self) -> dict:
        return {"name": self.name, "aliases": list(self.aliases), "quotes": self.quotes}


@dataclass(frozen=True, slots=True)
class QuoteResult:
    query: str
    speaker: Speaker | None
    quotes: tuple[Quote, ...]
    suggestions: tuple[str, ...] = ()
    message: str | None = None

    def to_dict(self) -> dict:
        speaker = None
        if self.speaker is not None:
            speaker = {"name": self.speaker.name, "aliases": list(self.speaker.aliases)}
        return {
            "query": self.query,
            "speaker": speaker,
            "quotes": [q.to_dict() for q in self.quotes],
            "suggestions": list(self.suggestions),
        }


@dataclass(frozen=True, slots=True)
class SpeakerList:
    speakers: tuple[Speaker, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict:
        return {"speakers": [s.to_dict() for s in self.speakers]}


_QUOTE = re.compile(r"[“\"]([^”\"]+)[”\"]")
_SAID = re.compile(r"([A-Z][a-z]+(?: [A-Z][a-z]+)*) (?:said|told)|said ([A-Z][a-z]+(?: [A-Z][a-z]+)*)")


@lru_cache(maxsize=64)
def extract_quotes(article: Article) -> tuple[Quote, ...]:
    found = []
    for sentence in article.sentences:
        if not sentence.is_body:
            continue
        said = _SAID.search(sentence.text)
        speaker = (said.group(1) or said.group(2)) if said else None
        for match in _QUOTE.finditer(sentence.text):
            found.append(Quote(match.group(1).strip(), sentence.paragraph, sentence.text, speaker))
    return tuple(found)


def list_speakers(article: Article) -> SpeakerList:
    counts: dict[str, int] = {}
    for quote in extract_quotes(article):
        if quote.speaker:
            counts[quote.speaker] = counts.get(quote.speaker, 0) + 1
    ordered = sorted(counts.items(), key=lambda item: -item[1])
    return SpeakerList(tuple(Speaker(name, (name.split()[-1],), None, n) for name, n in ordered))


def find_quotes(article: Article, query: str) -> QuoteResult:
    speakers = list_speakers(article).speakers
    names = [s.name for s in speakers]
    best = process.extractOne(fold(query), [fold(n) for n in names], scorer=fuzz.WRatio, score_cutoff=80)
    if best is None:
        return QuoteResult(query, None, (), tuple(names[:5]), f"No one called {query!r} is quoted.")
    speaker = speakers[best[2]]
    quotes = tuple(q for q in extract_quotes(article) if q.speaker == speaker.name)
    return QuoteResult(query, speaker, quotes)


def find_person(article: Article, name: str) -> Speaker | None:
    """The person of the article that `name` refers to (any alias form), quoted or not."""
    return None


def complete_speakers(article: Article, partial: str, limit: int) -> list[str]:
    names = [s.name for s in list_speakers(article).speakers]
    if not partial.strip():
        return names[:limit]
    return [m[0] for m in process.extract(partial, names, scorer=fuzz.WRatio, limit=limit)]
