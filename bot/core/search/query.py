"""A lookup query read as words (folded, as typed, stop word or not) or as a paragraph reference.

A word typed in capitals ("US", "WHO") is an acronym, never a stop word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core import constants
from bot.core.search.index import _JOINERS, STOPWORDS, ArticleIndex, TermMatch, normalise, raw_tokens

# "¶9", "¶ 9", "para 9", "paragraph 9", "p. 9": a reader opening a cited paragraph.
# A sign ("¶-1", "¶ −3", "¶+2") keeps it a reference: the reply gives the range, not a word search.
_REFERENCE = re.compile(r"^\s*(?:¶+|§|paras?\.?|paragraphs?|p\.)\s*([-+\u2212]?\s*\d+)\s*$", re.IGNORECASE)
# Several: "¶1 ¶2", "¶1, ¶3 and ¶5", "paras 3 and 4", "¶3-5" (a range), "pp. 2, 4".
_CITED = r"(?:¶+|§|paras?\.?|paragraphs?|pp?\.)"
_NUMBERS = r"\d+(?:\s*[-–]\s*\d+)?"
_REFERENCES = re.compile(
    rf"^\s*{_CITED}\s*{_NUMBERS}(?:(?:\s*[,;&]\s*|\s+and\s+|\s+)(?:{_CITED}\s*)?{_NUMBERS})*\s*$",
    re.IGNORECASE,
)
_NUMBER_OR_RANGE = re.compile(r"(\d+)(?:\s*[-–]\s*(\d+))?")


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


# "¶3 shutdown", "para 3: shutdown": words looked for within one paragraph.
_SCOPED = re.compile(r"^\s*(?:¶+|§|paras?\.?|paragraph)\s*(\d+)\s*[:,]?\s+(\D.*?)\s*$", re.IGNORECASE)


def scoped_reference(query: str) -> tuple[int, str] | None:
    """(paragraph number, words) of a reference followed by words to look for in that paragraph
    ("¶3 shutdown"); None for anything else, a reference alone or several included."""
    found = _SCOPED.match(query)
    if found is None or paragraph_references(query) is not None:
        return None
    return int(found.group(1)), found.group(2)


def paragraph_references(query: str) -> tuple[int, ...] | None:
    """The paragraph numbers of one reference or several ("¶1 ¶2", "¶1, ¶3 and ¶5", "paras 3-5"), in
    the order typed, each once, at most LOOKUP_MAX_HITS; None for anything else."""
    one = paragraph_reference(query)
    if one is not None:
        return (one,)
    if not _REFERENCES.match(query):
        return None
    numbers: dict[int, None] = {}
    for low, high in _NUMBER_OR_RANGE.findall(query):
        first, last = sorted((int(low), int(high or low)))
        for number in range(first, min(last, first + constants.LOOKUP_MAX_HITS) + 1):
            numbers[number] = None
    return tuple(numbers)[: constants.LOOKUP_MAX_HITS]


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
