"""Sentences a web scraper ran together without a space ("... for us.Fourteen years", "... Ebola.”Gates,
a businessman"): the space put back, so each is read as a sentence of its own. Pure."""

from __future__ import annotations

import re

# A sentence's end glued to the next sentence's capitalised first word: a lower-case letter, digit or
# bracket, the stop, perhaps a closing mark, then perhaps an opening mark and the capitalised word.
# "U.S.Army" (a capital before the stop) and "Vox.com" (lower case after it) are not glued sentences;
# "I" is a word of one capital ("strong."I want").
# An ellipsis glued to the next word is one too ("lost money...Dan Fontaine, vice president").
_GLUED = re.compile(r"[a-z0-9)\]](?:\.\.\.|…|[.!?])([\"”]?)(?=[\"“]?[A-Z][a-z'’ ])")


def spaced_sentences(text: str) -> str:
    """The text with a space between each two sentences written with none between them."""
    if _GLUED.search(text) is None:
        return text
    pieces, last = [], 0
    for match in _GLUED.finditer(text):
        at = match.end() if _closes(text, match) else match.start(1)
        pieces.append(text[last:at])
        pieces.append(" ")
        last = at
    pieces.append(text[last:])
    return "".join(pieces)


def _closes(text: str, match: re.Match) -> bool:
    """Whether the mark after the stop closes a quotation (or there is none), so the space goes after
    it; a straight mark closes when an odd number of them stand before it in the paragraph."""
    mark = match.group(1)
    if mark != '"':
        return True
    paragraph_start = text.rfind("\n", 0, match.start(1)) + 1
    return text.count('"', paragraph_start, match.start(1)) % 2 == 1
