"""A deed asked of one person ("Where was he arrested?") is not told by a sentence naming it only as a
plural noun: "the latest in a series of arrests of top executives in Japan" places other people's
arrests, not his. The plural counts many such deeds; the place or time beside it is theirs.
"""

from __future__ import annotations

import re

from bot.core.ask.question import WHEN, WHERE, classify
from bot.core.language.stemming import stem
from bot.core.language.text import words

# "Where was he arrested?", "When was Reyes charged?": a deed done to one, asked in the passive.
_ONE_DONE_TO = re.compile(
    r"^\s*(?i:where|when)\s+(?:was|is|has\s+been|had\s+been)\s+(?:he|she|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)\s+"
    r"(?P<deed>[a-z]+ed)\b",
)
# Before a plural noun of deeds: "a series of arrests", "the arrests of", "several other arrests".
_PLURAL_BEFORE = frozenset(
    "the of several many more recent other these those such mass further wave spate".split()
)


def only_plural_deed(question: str, texts: list[str]) -> bool:
    """True when the deed asked of one person stands in `texts` only as a plural noun of such deeds
    ("a series of arrests of top executives"), never as the verb or a noun of one ("his arrest")."""
    match = _ONE_DONE_TO.match(question)
    if match is None or classify(question).kind not in (WHERE, WHEN):
        return False
    key = stem(match.group("deed"))
    found = False
    for text in texts:
        written = words(text)
        for at, word in enumerate(written):
            low = word.casefold()
            if stem(low) != key:
                continue
            before = written[at - 1].casefold() if at else ""
            after = written[at + 1].casefold() if at + 1 < len(written) else ""
            if not (
                low.endswith("s") and not low.endswith("ss") and (before in _PLURAL_BEFORE or after == "of")
            ):
                return False
            found = True
    return found
