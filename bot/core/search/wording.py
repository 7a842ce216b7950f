"""How a lookup result reads, the same in every shell: its title, its notes, where a page stands.

Words to emphasise (a correction) are wrapped in the engine's marks; shells make them bold.
"""

from __future__ import annotations

from bot.core.search.engine import MARK_END, MARK_START, LookupResult
from bot.core.search.query import scoped_reference


def span(result: LookupResult, first: int = 0, count: int | None = None) -> str:
    """ "1–5 of 18" for hits[first:first + count] of the result (all of them by default)."""
    count = len(result.hits) - first if count is None else count
    low = result.start + first + 1
    high = low + count - 1
    shown = f"{low}–{high}" if high > low else str(low)
    return f"{shown} of {result.total}"


def title(result: LookupResult, first: int = 0, count: int | None = None) -> str:
    """ "“China”: 1–5 of 18", echoing the words searched; "¶9" for a paragraph reference."""
    if result.reference is not None and result.hits:
        hit = result.hits[0]
        where = f"¶{hit.paragraph} · caption" if hit.is_caption else f"¶{hit.paragraph}"
        # "¶3 shutdown": the words looked for in that paragraph, not the paragraph alone.
        scoped = None if result.whole else scoped_reference(result.query)
        return where if scoped is None else f"“{scoped[1]}” in {where}"
    return f"“{result.searched}”: {span(result, first, count)}"


def notes(result: LookupResult) -> list[str]:
    """What was searched instead of what was typed: corrections, then words left out."""
    found = []
    if result.corrected is not None:
        words = [f"{MARK_START}{w.searched}{MARK_END}" if w.corrected else w.searched for w in result.words]
        found.append(f"Showing results for {' '.join(words)}.")
    if result.ignored and result.hits:
        left_out = ", ".join(f"“{word}”" for word in result.ignored)
        found.append(f"No paragraph mentions {left_out}; showing “{result.searched}”.")
    if result.message and result.hits:  # "¶2 ¶99": the paragraphs there, and which are not
        found.append(result.message)
    return found


def nothing_found(result: LookupResult) -> str:
    """The one line for a lookup with no hit: the reason, a page past the last one, or that nothing
    matches ("lookup tram --page 99" of two matches is no "Nothing matches")."""
    if result.message:
        return result.message
    if result.total:
        matches = "1 match" if result.total == 1 else f"{result.total} matches"
        return f"“{result.searched}”: {matches}, all on earlier pages; this page is past the last one."
    return f"Nothing in the article matches “{result.query}”."
