"""Where a name asked about ("Who is Xi?") is written in a sentence, for ask/introductions.py's
patterns of what stands around a name: "X, the ...", "security adviser, X", "Arsenal's X".

Each such pattern was compiled for each name asked, the name written into it, and compiling cost
more than searching (13 M instructions on "who is xi"). Now only the name's words are compiled per
word; the phrases around it are compiled once, and `matches` finds what the one pattern holding both
would: the same matches in the same order, each ending where the regex engine would end it, because
a phrase and the name's ways of ending are tried in the order the engine tries them.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import TypeVar

# "Vann R. Newkirk" for "Vann Newkirk": a middle initial between two words of the name.
_INITIAL = re.compile(r"(?i:[A-Z]\.\s+)")
_SPACE = re.compile(r"\s+")
# "Vann R. Newkirk II": a suffix after the name, in the order r"\s+(?:Jr\.?|Sr\.?|II|III|IV)\b" tries them.
_SUFFIX_WORDS = (r"Jr\.", "Jr", r"Sr\.", "Sr", "II", "III", "IV")
_SUFFIXES = tuple(re.compile(rf"\s+{suffix}\b") for suffix in _SUFFIX_WORDS)
_BOUNDARY = re.compile(r"\b")
_RUN = re.compile(r"\S+")

Start = TypeVar("Start", int, re.Match[str])

# How many names' words are kept compiled (re's own cache holds 512 patterns of every kind).
_WORDS_KEPT = 256


@lru_cache(maxsize=_WORDS_KEPT)
def _word(word: str) -> re.Pattern[str]:
    return re.compile("(?i:" + re.escape(word) + ")")


def at_boundary(text: str, at: int) -> bool:
    """Whether r"\\b" holds at `at`."""
    return _BOUNDARY.match(text, at) is not None


class AskedName:
    """A name as asked, read as the pattern r"(?i:Vann\\s+(?:[A-Z]\\.\\s+)?Newkirk)" followed by an
    optional r"(?:\\s+(?:Jr\\.?|Sr\\.?|II|III|IV)\\b)": in any case, with a middle initial or a suffix the
    article adds."""

    def __init__(self, name: str) -> None:
        self._words = tuple(_word(word) for word in name.split())

    def starts(self, text: str) -> list[int]:
        """Every place the name's first word is written (overlapping ones too): where the name may start."""
        return starts(self._words[0], text)

    def ends(self, text: str, at: int) -> Iterator[int]:
        """Each place the name written at `at` may end, in the order the regex engine tries them: with a
        middle initial before without, then with each suffix before without one."""
        for end in self._word_ends(text, at, 0):
            for suffix in _SUFFIXES:
                match = suffix.match(text, end)
                if match is not None:
                    yield match.end()
            yield end

    def _word_ends(self, text: str, at: int, index: int) -> Iterator[int]:
        match = self._words[index].match(text, at)
        if match is None:
            return
        if index + 1 == len(self._words):
            yield match.end()
            return
        space = _SPACE.match(text, match.end())
        if space is None:
            return
        initial = _INITIAL.match(text, space.end())
        if initial is not None:
            yield from self._word_ends(text, initial.end(), index + 1)
        yield from self._word_ends(text, space.end(), index + 1)


def starts(pattern: re.Pattern[str], text: str) -> list[int]:
    """Every place `pattern` matches at, overlapping ones too, in order."""
    found: list[int] = []
    match = pattern.search(text)
    while match is not None:
        found.append(match.start())
        match = pattern.search(text, match.start() + 1)
    return found


def matches(
    next_start: Callable[[int], Start | None], match_at: Callable[[Start], int | None]
) -> Iterator[tuple[Start, int]]:
    """What finditer yields for a pattern, as (start, end): `next_start(pos)` gives the first place at or
    after `pos` where a match may start (none before it may), as a position or as the match of the
    phrase opening the pattern, and `match_at(that)` the match's end there, or None when there is none."""
    pos = 0
    while (start := next_start(pos)) is not None:
        end = match_at(start)
        if end is None:
            pos = (start if isinstance(start, int) else start.start()) + 1
            continue
        yield start, end
        pos = end  # a name is never empty, nor is a match


def heads_before(
    head: re.Pattern[str], text: str, name: AskedName, words: int
) -> Callable[[int], re.Match[str] | None]:
    """`next_start` for a pattern opened by `head`, a phrase of at most `words` words ending where the name
    starts: the first match of `head` at or after a position, among those that may reach a place of the
    name (found no more than `words` whitespace-separated runs before it)."""
    places = name.starts(text)
    lows = _words_back(text, places, words)

    def next_start(pos: int) -> re.Match[str] | None:
        index = bisect_right(places, pos)
        while index < len(places):
            match = head.search(text, max(pos, lows[index]))
            if match is None:
                return None
            if match.start() < places[index]:
                return match
            # Every place up to the match reads this same match, too late for it: searching again from
            # each (a token of thousands of "harbour-") made reading one such token quadratic.
            index = bisect_right(places, match.start())
        return None

    return next_start


def _words_back(text: str, places: list[int], words: int) -> list[int]:
    """For each place, one at or before the start of the `words`-th whitespace-separated run before it:
    the end of the run before that one, else 0 (as `text[:at].rsplit(None, words)` would say)."""
    if not places:
        return []
    runs = [(run.start(), run.end()) for run in _RUN.finditer(text, 0, places[-1])]
    run_starts = [start for start, _ in runs]
    lows = []
    for at in places:
        before = bisect_left(run_starts, at)  # the runs starting before `at`, the last perhaps cut by it
        lows.append(min(runs[before - 1 - words][1], at) if before > words else 0)
    return lows
