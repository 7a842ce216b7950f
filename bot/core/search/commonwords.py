"""Common English words, to tell a real word absent from the article from a typo of one present.

The list is pyspellchecker's English word frequencies (from subtitles, cleaned with SCOWL),
kept above a frequency floor; read once, on the first lookup that needs it.
"""

from __future__ import annotations

import gzip
import json
import logging
import re
from functools import lru_cache
from importlib import resources

from bot.core import constants

log = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Lower-case English words at least SEARCH_COMMON_WORD_COUNT times in the frequency list."""
    try:
        path = resources.files("spellchecker") / "resources" / "en.json.gz"
        with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as handle:
            counts = json.load(handle)
    except (ModuleNotFoundError, FileNotFoundError, OSError, ValueError):
        log.warning("no English word list (pyspellchecker): every absent word is treated as a typo")
        return frozenset()
    floor = constants.SEARCH_COMMON_WORD_COUNT
    return frozenset(word for word, count in counts.items() if count >= floor and word.isalpha())


def is_common(word: str) -> bool:
    """True for a correctly spelt, common English word ("county", "mean"), folded."""
    return word in common_words()


# British spellings of words the American-leaning list holds: equalise / equalize, colour / color,
# centre / center, defence / defense, programme / program, travelled / traveled, manoeuvre.
_BRITISH = (
    (re.compile(r"is(e|ed|es|ing|ation|ations)$"), r"iz\1"),
    (re.compile(r"ys(e|ed|es|ing)$"), r"yz\1"),
    (re.compile(r"our"), "or"),
    (re.compile(r"tre(s|d)?$"), r"ter\1"),
    (re.compile(r"ence(s)?$"), r"ense\1"),
    (re.compile(r"(ogue|amme)(s)?$"), lambda m: m.group(1)[:-2] + (m.group(2) or "")),
    (re.compile(r"ll(ed|ing|er|ers)$"), r"l\1"),
    (re.compile(r"(?<=[a-z])[ao]e(?=[a-z])"), "e"),
)


def is_common_british(word: str) -> bool:
    """True for a British spelling of a common English word ("equalise", "colour", "centre") that
    the list holds only in its American form: an English word all the same, not a name."""
    for pattern, american in _BRITISH:
        respelt = pattern.sub(american, word)
        if respelt != word and is_common(respelt):
            return True
    return False
