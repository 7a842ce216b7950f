"""Light English inflection folding, so "postpone" finds "postponed" and "hack" finds "hackers".

Deliberately conservative (a few suffix rules, not Porter): over-stemming would merge
unrelated news words ("news"/"new", "states"/"state" is fine, "us"/"u" is not).
"""

from __future__ import annotations

from functools import lru_cache

_VOWELS = frozenset("aeiouy")
# Words the suffix rules would damage: short function words and common -s/-ed nouns.
_KEEP = frozenset(
    "news us yes this his has was is its series species bus gas plus thus always perhaps "
    "during bed red need feed seed speed shed wed hundred kindred sled naked sacred "
    "anything nothing something everything thing king ring sing bring spring string wing "
    "morning evening ceiling ding during".split()
)
_SUFFIXES = ("ings", "ing", "ers", "er", "ed", "ies", "es", "s")


def _has_vowel(text: str) -> bool:
    return any(ch in _VOWELS for ch in text)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A shared key for the inflections of a folded word (not a dictionary form)."""
    if len(word) <= 3 or word in _KEEP or not word.isalpha():
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    for suffix in _SUFFIXES:
        if not word.endswith(suffix):
            continue
        base = word[: -len(suffix)]
        if len(base) < 3 or not _has_vowel(base):
            continue
        if suffix == "s" and word.endswith(("ss", "us", "is")):
            return word
        if suffix == "es" and not base.endswith(("sh", "ch", "x", "z", "ss")):
            base = word[:-1]  # "submarines" -> "submarine", "boxes" keeps "box"
        if suffix in ("er", "ers") and len(base) < 4:
            continue  # "over", "offer", "after" stay whole
        return _undouble(_drop_e(base))
    return _drop_e(word)


def _undouble(base: str) -> str:
    # "stopped" -> "stopp" -> "stop"; "called" keeps its "ll" (drops to "cal" would hurt).
    if len(base) >= 4 and base[-1] == base[-2] and base[-1] not in "lsz" and base[-1] not in _VOWELS:
        return base[:-1]
    return base


def _drop_e(word: str) -> str:
    # "postpone"/"postponed" and "submarine"/"submarines" meet at "postpon"/"submarin".
    if len(word) > 4 and word.endswith("e") and not word.endswith("ee"):
        return word[:-1]
    return word
