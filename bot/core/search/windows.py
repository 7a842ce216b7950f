"""Sentence windows of long paragraphs: the part of a one-paragraph article worth showing.

A hit or source in a 5,000-character paragraph shows the whole sentences around the matched
words (cut ends marked with "…"), several windows when the matches are far apart.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

ELLIPSIS = "…"


@dataclass(frozen=True, slots=True)
class Window:
    """A character span of a paragraph and the matched words (by number) inside it."""

    start: int
    end: int
    words: frozenset[int]


def windows(
    length: int,
    sentences: list[tuple[int, int]],
    spans: list[tuple[int, int, int]],
    limit: int,
    most: int,
) -> list[Window]:
    """Up to `most` windows of at most `limit` characters around `spans` (start, end, word number).

    Matched sentences close enough to fit together share a window; a window is padded with
    neighbouring whole sentences while it fits. Windows holding more distinct words come first.
    """
    sentences = sorted(sentences) or [(0, length)]
    hit = _words_by_sentence(sentences, spans)
    if not hit:
        return []
    clusters = _clusters(sentences, sorted(hit), limit)
    found: list[Window] = []
    for number, cluster in enumerate(clusters):
        low, high = cluster[0], cluster[-1]
        words = frozenset(w for at in cluster for w in hit[at])
        start, end = sentences[low][0], sentences[high][1]
        if end - start > limit:  # one sentence longer than the window: cut it around the words
            start, end = _around(spans, start, end, limit)
        else:
            floor = found[-1].end if found else 0  # never overlap the window before
            ceiling = sentences[clusters[number + 1][0]][0] if number + 1 < len(clusters) else length
            start, end = _pad(sentences, low, high, limit, floor, ceiling)
        found.append(Window(start, end, words))
    found.sort(key=lambda w: (-len(w.words), w.start))
    return found[:most]


def _words_by_sentence(
    sentences: list[tuple[int, int]], spans: list[tuple[int, int, int]]
) -> dict[int, set[int]]:
    """The index of each sentence a span starts in -> the word numbers matched there."""
    starts = [s for s, _ in sentences]
    hit: dict[int, set[int]] = {}
    for start, _, word in spans:
        at = max(0, bisect.bisect_right(starts, start) - 1)
        hit.setdefault(at, set()).add(word)
    return hit


def _clusters(sentences: list[tuple[int, int]], matched: list[int], limit: int) -> list[list[int]]:
    """The matched sentences (indexes, in order) in runs that fit one window of `limit` characters."""
    clusters: list[list[int]] = []
    for at in matched:
        if clusters and sentences[at][1] - sentences[clusters[-1][0]][0] <= limit:
            clusters[-1].append(at)
        else:
            clusters.append([at])
    return clusters


def _pad(
    sentences: list[tuple[int, int]], low: int, high: int, limit: int, floor: int, ceiling: int
) -> tuple[int, int]:
    """Add whole neighbouring sentences (before, then after) while the window stays within `limit`."""
    grown = True
    while grown:
        grown = False
        if low > 0 and sentences[low - 1][0] >= floor and sentences[high][1] - sentences[low - 1][0] <= limit:
            low -= 1
            grown = True
        if (
            high + 1 < len(sentences)
            and sentences[high + 1][1] <= ceiling
            and sentences[high + 1][1] - sentences[low][0] <= limit
        ):
            high += 1
            grown = True
    return sentences[low][0], sentences[high][1]


def _around(spans: list[tuple[int, int, int]], start: int, end: int, limit: int) -> tuple[int, int]:
    """A `limit`-character span of [start, end) centred on the matched spans inside it."""
    inside = [(a, b) for a, b, _ in spans if start <= a < end]
    centre = (inside[0][0] + inside[-1][1]) // 2 if inside else start
    low = max(start, min(centre - limit // 2, end - limit))
    return low, min(end, low + limit)


def bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) narrowed to whole words and without surrounding spaces."""
    if start > 0 and not text[start - 1].isspace():
        space = text.find(" ", start, end)
        start = space + 1 if space != -1 else start  # do not begin inside a word
    if end < len(text) and not text[end].isspace():
        space = text.rfind(" ", start, end)
        end = space if space != -1 else end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def excerpt(text: str, start: int, end: int, inner: str | None = None) -> str:
    """text[start:end] (or `inner`, a marked-up copy of it) with "…" where it cuts the text short."""
    piece = text[start:end] if inner is None else inner
    before = ELLIPSIS if text[:start].strip() else ""
    after = ELLIPSIS if text[end:].strip() else ""
    return before + piece + after
