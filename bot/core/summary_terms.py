"""Content terms and tf-idf vectors of sentences, for the summariser's similarity measures.

Terms are folded, stop words dropped and lightly stemmed, so "talks" and "talk" meet.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from bot.core.text import fold, words

# Function words and news boilerplate verbs: they say nothing about what a sentence covers.
STOP_WORDS = frozenset(
    """
    a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it
    its itself just me more most my myself no nor not now of off on once only or other our ours
    out over own same she should so some such than that the their theirs them themselves then
    there these they this those through to too under until up very was we were what when where
    which while who whom why will with would you your yours yourself s t don told say says said
    saying one two new year years last first like get got make made may might must us mr mrs ms
    dr per yet still even ever much many well back way since around another however according
    """.split()
)
_SUFFIXES = ("ies", "ing", "ed", "es", "s")
_MIN_STEM = 3


def stem(word: str) -> str:
    """A crude suffix stripper: enough to match plural and tense variants within one article."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_STEM:
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


def terms(text: str) -> list[str]:
    """The content terms of `text`, in order, repeats kept."""
    return terms_of(words(text))


def terms_of(written: Sequence[str]) -> list[str]:
    """The content terms of words as `bot.core.text.words` finds them."""
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
