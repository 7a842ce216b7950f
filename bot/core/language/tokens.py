"""Word and punctuation tokens of a paragraph, with offsets, for name and attribution rules.

Possessives are split off ("Blinken’s" is the word "Blinken", possessive), initials keep
their full stop ("J."), and abbreviations such as "U.S." stay one word.
"""

from __future__ import annotations

import re
from sys import intern
from typing import NamedTuple

from bot.core import constants

_TOKEN = re.compile(
    r"(?P<word>[A-Z]\.(?=\s+[A-Z])|(?:[A-Za-z]\.){2,}|[^\W\d_][\w\-]*(?:['’]\w[\w\-]*)*|\d[\w\-.,:]*\w|\d)"
    r"|(?P<punct>[^\w\s]+)"
)

_POSSESSIVE = ("'s", "’s", "'S", "’S")
# A surname written with a lower-case particle joined to it ("al-Assad", "ben-David", "bin-Talal")
# is a capitalised name word, as "Al-Assad" is: the particle is the name's, not a sentence's word.
_JOINED_PARTICLE = re.compile(r"(?:al|el|ben|bin|ibn|abu|bint)-[A-Z]")
# An Irish name word after a particle, its first letter changed by the grammar ("Mac an tSaoi",
# "Ó hAodha", "Nic an Bhaird", "Ó bhFear"): a lower-case prefix before the capital is still a name word.
_IRISH_MUTATED = re.compile(r"(?:t|h|n|bh|mb|gc|nd|dt|bp|ng)[A-ZÁÉÍÓÚ][a-záéíóú]")
# Markup and symbols no rule reads: a token for each would cost memory on "**a **a **a ...".
_SYMBOLS = frozenset("*_#~|^=+<>\\/@&%$`")


class Token(NamedTuple):
    """A word (`is_word`) or a punctuation mark; `low` is the case-folded text (a tuple: fast to build)."""

    text: str
    low: str
    start: int
    end: int
    is_word: bool
    cap: bool
    possessive: bool = False


def tokenize(text: str) -> list[Token]:
    """The tokens of `text` in order; never raises."""
    tokens: list[Token] = []
    append = tokens.append
    new = tuple.__new__  # skips NamedTuple's Python-level __new__: tokenizing is the registry's hot loop
    for match in _TOKEN.finditer(text):
        value = match.group()
        start, end = match.span()
        if match.lastgroup == "punct":
            for at in _kept_marks(start, end):
                if text[at] not in _SYMBOLS:
                    append(new(Token, (text[at], text[at], at, at + 1, False, False, False)))
            continue
        possessive = len(value) > 2 and value.endswith(_POSSESSIVE)
        if possessive:
            value = value[:-2]
        # (A word all in lower case is no joined particle's name: both patterns need a capital.)
        first = value[:1]
        cap = first.isupper() or (first.islower() and not value.islower() and is_joined_particle_name(value))
        # Interned: the registry keeps every paragraph's tokens, and a word is written many times over
        # (171,889 tokens of 10,000 paragraphs held 8 MB of copies of the same words).
        value = intern(value)
        low = value if value.islower() and value.isascii() else intern(value.casefold())
        append(new(Token, (value, low, start, end, True, cap, possessive)))
    return tokens


def is_joined_particle_name(word: str) -> bool:
    """ "al-Assad", "ben-David": a surname joined to a lower-case particle, a capitalised name word."""
    return _JOINED_PARTICLE.match(word) is not None or _IRISH_MUTATED.match(word) is not None


def _kept_marks(start: int, end: int) -> range | list[int]:
    """Offsets of the marks of a run [start, end) that become tokens."""
    kept = constants.TOKEN_MARKS_KEPT
    if end - start <= 2 * kept:
        return range(start, end)
    return [*range(start, start + kept), *range(end - kept, end)]
