"""A long paragraph's closest passage in pieces: the window around the best candidate and, apart,
the sentences of the next-ranked ones further off in the same paragraph, within one length limit.
"""

from __future__ import annotations

from bot.core.search.windows import ELLIPSIS, bounds, windows

SEPARATOR = f" {ELLIPSIS} "


def pieces(
    text: str,
    sentences: list[tuple[int, int]],
    own: list[tuple[int, int]],
    groups: list[list[tuple[int, int]]],
    limit: int,
) -> str | None:
    """The window of whole sentences around `own` (spans of `text`), narrowed so that every span of
    `groups` fits before or after it, in the text's order, joined by " … " (or in the window, when it
    reaches them); None when they do not all fit in `limit` characters."""
    extra = sorted({span for group in groups for span in group} - set(own))
    if not own or not extra:
        return None
    window = None
    for _ in range(3):  # spans the window grows over cost no room of their own
        room = limit - sum(end - start for start, end in extra) - len(SEPARATOR) * len(extra)
        found = windows(len(text), sentences, [(a, b, 0) for a, b in own], room, 1) if room > 0 else []
        if not found or found[0].end - found[0].start > room:
            break
        window = bounds(text, found[0].start, found[0].end)
        inside = [(a, b) for a, b in extra if window[0] <= a and b <= window[1]]
        extra = [span for span in extra if span not in inside]
        if not inside or not extra:
            break
    if window is None or not (window[0] <= min(own)[0] and max(own)[1] <= window[1]):
        return None
    joined = SEPARATOR.join(text[a:b].strip() for a, b in _merged([window, *extra], text))
    return joined if len(joined) <= limit else None


def _merged(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """`spans` in order, overlapping ones or ones with only spaces between them joined."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and not text[merged[-1][1] : start].strip():
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged
