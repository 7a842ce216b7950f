"""Whether a sentence ties the question's thing to it the other way round, in time or in direction.

"Who came into contact with Wales after the conquest?" is not answered by "Even before the Norman
Conquest, the Normans had come into contact with Wales", nor "Who fled from the coast?" by "Several
monks fled to the coast": each sentence holds every word of its question but says the opposite of it,
the tempting answer to a question the article cannot answer.
"""

from __future__ import annotations

import re

from bot.core.language.stemming import stem
from bot.core.language.text import STOPWORDS

_TOKEN = re.compile(r"[^\W_][\w'’-]*")
# A time ("before"/"after" the thing) or a direction ("from"/"to" the place, after the same verb).
_OPPOSITES = {
    "before": ("after",),
    "after": ("before",),
    "from": ("to", "into"),
    "to": ("from",),
    "into": ("from",),
}
_TIMES = frozenset(("before", "after"))
_DETERMINERS = frozenset("a an the his her their its".split())
_REACH = 3  # words read after the preposition for its thing ("before the Norman Conquest")


def _key(word: str) -> str:
    return stem(word.casefold().replace("’", "'").removesuffix("'s"))


def turned_round(question: str, texts: list[str]) -> bool:
    """True when the sentences tie the thing the question puts after "before"/"after" to the other one
    ("before the conquest" for "after the conquest"), or, after the question's own verb, put "to"
    where it puts "from" ("fled to the coast" for "fled from the coast"), and never its own way."""
    asked = _TOKEN.findall(question)
    said = _TOKEN.findall(" ".join(texts))
    keys = [_key(w) for w in said]
    for at, word in enumerate(asked):
        preposition = word.casefold()
        if preposition not in _OPPOSITES or at == 0:
            continue
        thing = _thing(asked, at)
        if thing is None:
            continue
        verb = None if preposition in _TIMES else _verb(asked[at - 1])
        if preposition not in _TIMES and verb is None:
            continue
        if _tied(said, keys, preposition, thing, verb):
            continue
        if any(_tied(said, keys, other, thing, verb) for other in _OPPOSITES[preposition]):
            return True
    return False


def _thing(asked: list[str], at: int) -> str | None:
    """The first word after the preposition, past its determiners: a content word, not a verb's -ing
    form ("stops people from getting tested" speaks of no place or time)."""
    rest = [w for w in asked[at + 1 : at + 1 + _REACH] if w.casefold() not in _DETERMINERS]
    if not rest or rest[0].casefold() in STOPWORDS or rest[0].casefold().endswith("ing"):
        return None
    return _key(rest[0])


def _verb(word: str) -> str | None:
    """The question's word before "from"/"to" when it may be a verb: lower case, no stop word
    ("Sydney to London" ties no verb)."""
    return _key(word) if word.islower() and word not in STOPWORDS else None


def _tied(said: list[str], keys: list[str], preposition: str, thing: str, verb: str | None) -> bool:
    """True when the sentence has the preposition with the thing within a few words after it, right
    after the verb when one is asked."""
    for at, word in enumerate(said):
        if word.casefold() != preposition or (verb is not None and (at == 0 or keys[at - 1] != verb)):
            continue
        if thing in keys[at + 1 : at + 2 + _REACH]:
            return True
    return False
