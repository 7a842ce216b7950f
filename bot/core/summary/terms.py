"""Content terms and tf-idf vectors of sentences, for the summariser's similarity measures.

Terms are folded, stop words dropped and lightly stemmed, so "talks" and "talk" meet.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from bot.core.language.stemming import stem
from bot.core.language.text import STOPWORDS, fold

# Beyond the shared function words: more of them, and news boilerplate ("said", "last year")
# that says nothing about what a sentence covers.
STOP_WORDS = STOPWORDS | frozenset(
    """
    above according after again against another around back because before below between doing
    don down dr during even ever first further get got having hers herself him himself however
    itself last like made make many mr mrs ms much myself new nor now off once one ours out per
    say saying since still theirs themselves through told two until up us way well while year
    years yet yours yourself
    """.split()
)


def terms_of(written: Sequence[str]) -> list[str]:
    """The content terms of words as `bot.core.language.text.words` finds them."""
    return [term for term in map(_term, written) if term]


@lru_cache(maxsize=1 << 16)
def _term(word: str) -> str:
    """The term for one written word, or "" for a stop word or a number (cached: news reuses words)."""
    folded = word.lower() if word.isascii() else fold(word)
    if folded in STOP_WORDS or folded.isdigit():
        return ""
    return stem(folded)


Vector = dict[str, float]


def tfidf_vectors(documents: Sequence[Sequence[str]]) -> list[Vector]:
    """L2-normalised tf-idf vectors, idf taken over `documents` (the article's sentences)."""
    frequency: Counter[str] = Counter()
    for doc in documents:
        frequency.update(set(doc))
    n = len(documents)
    idf = {term: math.log((1 + n) / (1 + df)) + 1.0 for term, df in frequency.items()}
    vectors = []
    for doc in documents:
        counts = Counter(doc)
        vector = {term: (1.0 + math.log(c)) * idf[term] for term, c in counts.items()}
        norm = math.sqrt(sum(v * v for v in vector.values()))
        vectors.append({term: v / norm for term, v in vector.items()} if norm else {})
    return vectors


def dot(a: Vector, b: Vector) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(term, 0.0) for term, v in a.items())


def add_into(total: dict[str, float], vector: Vector) -> None:
    for term, v in vector.items():
        total[term] = total.get(term, 0.0) + v
