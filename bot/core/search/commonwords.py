"""Common English words, to tell a real word absent from the article from a typo of one present.

The list is pyspellchecker's English word frequencies (from subtitles, cleaned with SCOWL),
kept above a frequency floor; read once, on the first lookup that needs it.
"""

from __future__ import annotations

import gzip
import json
import logging
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
