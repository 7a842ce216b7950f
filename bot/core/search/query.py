"""A lookup query read as words (folded, as typed, stop word or not) or as a paragraph reference.

A word typed in capitals ("US", "WHO") is an acronym, never a stop word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.search.index import _JOINERS, STOPWORDS, ArticleIndex, TermMatch, normalise, raw_tokens

# "¶9", "¶ 9", "para 9", "paragraph 9", "p. 9": a reader opening a cited paragraph.
# A sign ("¶-1", "¶ −3", "¶+2") keeps it a reference: the reply gives the range, not a word search.
_REFERENCE = re.compile(r"^\s*(?:¶+|§|paras?\.?|paragraphs?|p\.)\s*([-+\u2212]?\s*\d+)\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class QueryWord:
    """One word of the query and the article words it resolved to."""

    word: str
    matches: tuple[TermMatch, ...]
    is_stopword: bool
    typed: str = ""


def paragraph_reference(query: str) -> int | None:
    """The paragraph number of "¶9", "para 9" or "paragraph 9"; None for anything else."""
    found = _REFERENCE.match(query)
    return int(found.group(1).replace("\u2212", "-").replace(" ", "")) if found else None


def parse_query(index: ArticleIndex, query: str) -> list[QueryWord]:
    """The query's words; a compound stays joined ("f22") only if the article has it so."""
    vocabulary = index.vocabulary
    parsed = []
    for word, typed in _words(query, vocabulary.df):
        stop = word in STOPWORDS and not (len(typed) > 1 and typed.isupper())
        parsed.append(QueryWord(word, vocabulary.expand(word), stop, typed))
    return parsed


def _words(text: str, known: dict[str, int]) -> list[tuple[str, str]]:
    """(folded word, as typed) pairs."""
    found: list[tuple[str, str]] = []
    for match in raw_tokens(text):
        raw = match.group(0)
        terms = normalise(raw)
        if len(terms) > 1 and terms[-1] not in known:
            pieces = [p for p in _JOINERS.split(raw) if p]
            typed = pieces if len(pieces) == len(terms) - 1 else terms[:-1]
            found.extend(zip(terms[:-1], typed, strict=True))
        elif terms:
            found.append((terms[-1], raw))
    return found
