"""Near-duplicate sentences: the reworded lede and the captions that echo the body.

An inverted index of content words picks the few earlier sentences worth scoring with rapidfuzz.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from bot.core import constants
from bot.core.language.text import STOPWORDS, fold, words


class DuplicateDetector:
    """Finds near-duplicate sentences anywhere earlier in the article, in linear time.

    Candidates come from an inverted index of content words that keeps only each word's
    most recent sentences, so only sentences sharing most words are scored with rapidfuzz.
    """

    def __init__(self) -> None:
        self._postings: dict[str, list[int]] = {}
        self._keys: dict[int, str] = {}
        self._figures: dict[int, frozenset[str]] = {}

    def check(self, number: int, text: str, register: bool = True) -> int | None:
        """The earlier sentence `text` repeats, if any; else `text` is kept as an original to find
        later repeats of, unless `register` is False (a photo caption: the body's copy of its words
        is the story's, never a repeat of the caption)."""
        if len(text) > constants.NEAR_DUPLICATE_MAX_CHARS:
            # No lede is this long: it is text without full stops, and scoring two such
            # "sentences" with rapidfuzz costs the product of their lengths.
            return None
        written = words(text)
        if len(written) < constants.NEAR_DUPLICATE_MIN_WORDS:
            return None
        # ASCII text folds to its lower case, and lower case moves no word boundary.
        folded = [word.lower() for word in written] if text.isascii() else words(fold(text))
        tokens = set(folded) - STOPWORDS
        if len(tokens) < constants.NEAR_DUPLICATE_MIN_CONTENT_WORDS:
            # "He said: 'I couldn't believe it.'" is its own sentence, even though every word
            # of it stands in a longer one (token_set_ratio scores such subsets 100).
            return None
        key = text.casefold()
        figures = _figures(text)
        found = self._best_candidate(tokens, key, figures)
        if found is None and register:
            self._keys[number] = key
            self._figures[number] = figures
            for token in tokens:
                recent = self._postings.setdefault(token, [])
                recent.append(number)
                del recent[: -constants.NEAR_DUPLICATE_POSTINGS]
        return found

    def _best_candidate(self, tokens: set[str], key: str, figures: frozenset[str]) -> int | None:
        postings = self._postings
        # A plain dict, not a Counter: a dozen postings per sentence, and Counter's set-up
        # cost more than the counting on articles of tens of thousands of sentences.
        shared: dict[int, int] = {}
        for token in tokens:
            for earlier in postings.get(token, ()):
                shared[earlier] = shared.get(earlier, 0) + 1
        needed = len(tokens) * constants.NEAR_DUPLICATE_SHARED_WORDS
        likely = [item for item in shared.items() if item[1] >= needed]
        # Most shared words first, and of sentences sharing as many the earliest, the original: the
        # order the words were met in is a set's, which changes with the interpreter's hash seed.
        likely.sort(key=_most_shared_then_earliest)
        for earlier, _count in likely[: constants.NEAR_DUPLICATE_CANDIDATES]:
            if _other_figures(figures, self._figures[earlier]):
                continue
            if fuzz.token_set_ratio(key, self._keys[earlier]) >= constants.NEAR_DUPLICATE_SCORE:
                return earlier
        return None


def _most_shared_then_earliest(item: tuple[int, int]) -> tuple[int, int]:
    earlier, shared = item
    return -shared, earlier


_FIGURE = re.compile(r"\d[\d,.]*\d|\d")


def _figures(text: str) -> frozenset[str]:
    """The figures a sentence states ("1950", "6.75"), as written."""
    return frozenset(_FIGURE.findall(text))


def _other_figures(one: frozenset[str], other: frozenset[str]) -> bool:
    """True when each sentence states a figure the other lacks: "... since the 1960s" repeats no
    "... since the 1950s", though the words around the year are the same; a reworded lede keeps its
    figures, or leaves some out."""
    return bool(one - other) and bool(other - one)
