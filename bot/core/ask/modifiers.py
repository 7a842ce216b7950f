"""A verb asked in its -ing form is not told by the same word standing before a noun as its modifier:
"the Tinder dating app" says nothing of whom Warne is dating, "the coaching staff" nothing of whom she
is coaching. News copy writes such compounds often; the verb's deed is the relation asked, the compound
only names a thing.
"""

from __future__ import annotations

import re

from bot.core.language.stemming import stem
from bot.core.language.text import STOPWORDS, words

# "Who is Warne dating?", "Who is bidding for the club?", "Who are Britain playing in the final?": the
# progressive verb of a who-question, which asks whom the deed relates. Not the -ing word of a noun phrase
# ("Who is the drug trafficking gang's leader?"), nor "What is market timing?" (a definition asked).
_ASKED_PROGRESSIVE = re.compile(
    r"^\s*(?:who|whom)\s+(?:is|are|was|were)\s+(?:[\w’'.-]+\s+){0,4}?(?P<verb>[a-z]+ing)\b"
    r"(?=\s*(?:[?.!]|$)|\s+(?:(?-i:[A-Z])|\d|(?:to|for|with|at|in|on|about|from|against|into|over|now|next|"
    r"this|that|the|a|an|his|her|their|its|him|them|me|us|you)\b))",
    re.IGNORECASE,
)
# Before the modifier: a determiner or a possessive, with at most one word between ("the Tinder dating
# app", "his online dating profile", "Warne's dating life").
_DETERMINERS = frozenset("the a an this that these those his her their its our your my".split())


def asks_progressive_verb(question: str) -> str | None:
    """The -ing verb a "Who is X VERBing?" question asks about, folded; None for any other question."""
    match = _ASKED_PROGRESSIVE.match(question)
    return match.group("verb").casefold() if match else None


def only_as_modifier(question: str, texts: list[str]) -> bool:
    """True when the question's progressive verb stands in `texts` (in any of its forms) only as a word
    modifying a noun after a determiner: "fondness for the Tinder dating app" for "Who is Warne dating?"."""
    verb = asks_progressive_verb(question)
    if verb is None:
        return False
    key = stem(verb)
    found = False
    for text in texts:
        written = words(text)
        for at, word in enumerate(written):
            if stem(word.casefold()) != key:
                continue
            if not _modifies_a_noun(written, at):
                return False
            found = True
    return found


def _modifies_a_noun(written: list[str], at: int) -> bool:
    """True when written[at] stands between a determiner (or a possessive, one word apart at most) and
    a lower-case noun: "the Tinder dating app", "Warne's dating life"."""
    word = written[at]
    if not word.casefold().endswith("ing") or at + 1 >= len(written):
        return False
    following = written[at + 1]
    if not following.islower() or following in STOPWORDS or following.endswith("ly"):
        return False
    before = [w.casefold() for w in written[max(0, at - 2) : at]]
    return any(w in _DETERMINERS or w.endswith(("'s", "’s")) for w in before[-1:]) or (
        len(before) == 2 and before[0] in _DETERMINERS
    )
