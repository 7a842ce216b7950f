"""Word and punctuation tokens of a paragraph, with offsets, for name and attribution rules.

Possessives are split off ("Blinken’s" is the word "Blinken", possessive), initials keep
their full stop ("J."), and abbreviations such as "U.S." stay one word, with what a hyphen joins
to them ("D.C.-based", as "Ohio-based").
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import accumulate, chain, compress, repeat
from operator import itemgetter
from sys import intern
from typing import NamedTuple

from bot.core import constants

_TOKEN = re.compile(
    r"(?P<word>[A-Z]\.(?=\s+[A-Z])|(?:[A-Za-z]\.){2,}(?:-[^\W\d_]+)*|[^\W\d_][\w\-]*(?:['’]\w[\w\-]*)*|\d[\w\-.,:]*\w|\d)"
    r"|(?P<punct>[^\w\s]+)"
)

_POSSESSIVE = ("'s", "’s", "'S", "’S")
# A surname written with a lower-case particle joined to it ("al-Assad", "ben-David", "bin-Talal",
# "deVries", "diNapoli") is a capitalised name word, as "Al-Assad" is: the particle is the name's.
_JOINED_PARTICLE = re.compile(
    r"(?:al|el|ben|bin|ibn|abu|bint)-[A-Z]|(?:de|di|da|du|la|le|van|von|mc)[A-Z][a-z]"
)
# An Irish name word after a particle, its first letter changed by the grammar ("Mac an tSaoi",
# "Ó hAodha", "Nic an Bhaird", "Ó bhFear"): a lower-case prefix before the capital is still a name word.
_IRISH_MUTATED = re.compile(r"(?:t|h|n|bh|mb|gc|nd|dt|bp|ng)[A-ZÁÉÍÓÚ][a-záéíóú]")
# Markup and symbols no rule reads: a token for each would cost memory on "**a **a **a ...".
_SYMBOLS = frozenset("*_#~|^=+<>\\/@&%$`")
# _TOKEN as findall reads it, each token with the white space before it (to count offsets) and each
# mark its own token: a run of at most 2 * TOKEN_MARKS_KEPT marks gives every mark one. A longer run
# (its middle dropped) is one token, and an underscore (skipped between tokens, as a space is) is one.
_SPACED_TOKEN = re.compile(
    r"(\s*+)([A-Z]\.(?=\s+[A-Z])|(?:[A-Za-z]\.){2,}(?:-[^\W\d_]+)*|[^\W\d_][\w\-]*(?:['’]\w[\w\-]*)*|\d[\w\-.,:]*\w|\d"
    r"|[^\w\s]{" + str(2 * constants.TOKEN_MARKS_KEPT + 1) + r",}|[^\w\s]|_)"
)
_WORD_START = re.compile(r"\w")


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
    fast = _tokens_at_once(text)
    return fast if fast is not None else _tokens_one_by_one(text)


def _tokens_one_by_one(text: str) -> list[Token]:
    """tokenize's tokens, read by one Python step per match (any text)."""
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


def _tokens_at_once(text: str) -> list[Token] | None:
    """tokenize's tokens, built with no Python step per token (the registry tokenizes every paragraph
    it reads), or None for a text with a long run of marks. The tokens and the spaces before them are
    found in C, their offsets summed by accumulate, each distinct token's fields read once (_fields),
    and the Token tuples made and the dropped ones (symbols, underscores) left out by map and compress."""
    # No white space at the end: every run of it is then followed by a token (one not followed would
    # be searched again from each of its positions), and no token reads the spaces after the last.
    found = _SPACED_TOKEN.findall(text.rstrip())
    fields = list(map(_fields, map(_SECOND, found)))
    if _LONG_RUN in fields:
        return None
    offsets = list(accumulate(map(len, chain.from_iterable(found))))
    value, low, is_word, cap, possessive, kept = (map(itemgetter(k), fields) for k in range(6))
    rows = zip(value, low, offsets[0::2], offsets[1::2], is_word, cap, possessive, strict=True)
    return list(compress(map(tuple.__new__, repeat(Token), rows), kept))


_SECOND = itemgetter(1)
_LONG_RUN = ("", "", False, False, False, False)


@lru_cache(maxsize=constants.TOKEN_FIELDS_CACHED)
def _fields(token: str) -> tuple[str, str, bool, bool, bool, bool]:
    """A token's (text, low, is_word, cap, possessive, kept) as tokenize reads it: a mark is itself,
    kept unless a symbol; a word loses its "'s" and is interned, as tokenize's are; an underscore is
    skipped; a long run of marks is _LONG_RUN."""
    if not _WORD_START.match(token) or token == "_":
        if len(token) > 1:
            return _LONG_RUN
        return token, token, False, False, False, token not in _SYMBOLS
    possessive = len(token) > 2 and token.endswith(_POSSESSIVE)
    value = token[:-2] if possessive else token
    first = value[:1]
    cap = first.isupper() or (first.islower() and not value.islower() and is_joined_particle_name(value))
    value = intern(value)
    low = value if value.islower() and value.isascii() else intern(value.casefold())
    return value, low, True, cap, possessive, True


def is_joined_particle_name(word: str) -> bool:
    """ "al-Assad", "ben-David", "deVries": a surname joined to a lower-case particle, a capitalised
    name word."""
    return _JOINED_PARTICLE.match(word) is not None or _IRISH_MUTATED.match(word) is not None


def _kept_marks(start: int, end: int) -> range | list[int]:
    """Offsets of the marks of a run [start, end) that become tokens."""
    kept = constants.TOKEN_MARKS_KEPT
    if end - start <= 2 * kept:
        return range(start, end)
    return [*range(start, start + kept), *range(end - kept, end)]
