"""A sentence reporting a question put to someone ("Reporters also asked Holt how the research is linked to
the lake.") with no reply in it: it holds the question asked, not its answer."""

from __future__ import annotations

import re

from bot.core.language.stemming import stem
from bot.core.language.text import STOPWORDS
from bot.core.search.index import query_words

# "asked Holt how", "asked the minister whether": a question put to someone, reported.
_ASKED = re.compile(
    r"\basked\s+(?:[\w’'.-]+\s+){0,4}?(?:how|whether|if|what|why|when|where)\b", re.IGNORECASE
)
# A reply given in the same sentence: "When asked if ..., Holder replied ...".
_REPLY = re.compile(
    r"\b(?:said|says|replied|replies|answered|answers|responded|responds|told|tells|added|explained)\b",
    re.IGNORECASE,
)


def only_asks(question: str, text: str, known: dict[str, int]) -> bool:
    """True when `text` reports a question put to someone, with no reply after it, and none of the
    question's words stands before it: the sentence asks what the question asks."""
    found = _ASKED.search(text)
    if found is None or _REPLY.search(text, found.end()):
        return False
    asked = {stem(w) for w in query_words(question, known) if w not in STOPWORDS}
    before = {stem(w) for w in query_words(text[: found.start()], known)}
    return bool(asked) and not asked & before
