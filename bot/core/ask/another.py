"""A thing the question asks about as the story's own ("the attack") is not told by a sentence naming it
only as another one: "Last week a car bombing killed five, another attack ascribed to the Taliban" says
where and when an earlier attack was, not the one the story reports.
"""

from __future__ import annotations

import itertools
import re

from bot.core.language.lexicon import is_person_noun
from bot.core.language.stemming import stem
from bot.core.language.text import STOPWORDS, words

# "another attack", "another deadly attack": one more of its kind, not the one asked.
_ANOTHER = re.compile(r"\banother\s+([a-z][\w-]*)(?:\s+([a-z][\w-]*))?", re.IGNORECASE)
# The question asks about another one itself ("When was the other attack?", "the second warrant").
_ASKS_OTHER = re.compile(
    r"\b(?:other|another|previous|earlier|separate|similar|first|second|third|last|latest|new|next)\b",
    re.IGNORECASE,
)
# Words after a noun phrase that say which one is asked: "the attack on the deli", "the attack in Paris".
_WHICH = frozenset("on in at of against by for near from over".split())
_PHRASE_WORDS = 3


def only_another(question: str, texts: list[str]) -> bool:
    """True when a plain noun the question asks with "the" ("the attack", "the car bomb attack") stands in
    `texts` only after "another": that is one more of its kind ("..., another attack ascribed to ...")."""
    if not any("another" in t.casefold() for t in texts) or _ASKS_OTHER.search(question):
        return False
    if any(w[:1].isupper() or w[:1].isdigit() for w in words(question)[1:]):
        return False  # "the attack on the Corinthia Hotel": a name says which one is asked
    for key in _definite_heads(question):
        others = [m for t in texts for m in _ANOTHER.finditer(t) if key in _heads(m)]
        if others and not any(_said_plainly(t, key) for t in texts):
            return True
    return False


def _definite_heads(question: str) -> set[str]:
    """The stems of the plain words after each "the" of the question, up to three, when nothing after them
    says which one is asked ("the attack on the deli"); no person ("the man towering over them" may be
    the one "another man" brings in) and no participle after the noun ("towering")."""
    typed = [w.casefold() for w in words(question)]
    found: set[str] = set()
    for at, word in enumerate(typed):
        if word != "the":
            continue
        run = list(itertools.takewhile(lambda w: w.isalpha() and w not in STOPWORDS, typed[at + 1 :]))
        run = run[:_PHRASE_WORDS]
        after = typed[at + 1 + len(run)] if at + 1 + len(run) < len(typed) else ""
        if not run or after in _WHICH:
            continue
        kept = [w for n, w in enumerate(run) if not (n and w.endswith("ing"))]
        found |= {stem(w) for w in kept if len(w) > 3 and not is_person_noun(w)}
    return found


def _heads(match: re.Match[str]) -> set[str]:
    return {stem(w.casefold()) for w in match.groups() if w}


def _said_plainly(text: str, key: str) -> bool:
    """True when a word of stem `key` stands in `text` outside every "another ..." phrase."""
    spans = [(m.start(), m.end()) for m in _ANOTHER.finditer(text) if key in _heads(m)]
    for match in re.finditer(r"[A-Za-z][\w-]*", text):
        if stem(match.group(0).casefold()) == key and not any(a <= match.start() < b for a, b in spans):
            return True
    return False
