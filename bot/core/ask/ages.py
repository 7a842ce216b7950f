"""Ages given by a description ("the 45-year-old officer") a sentence or two after the name: whom
the description refers back to, for "How old is Mata?" when no age stands beside the name."""

from __future__ import annotations

import re

from bot.core import constants
from bot.core.search.index import ArticleIndex, SentenceEntry

# "The 32-year-old said...", "the 45-year-old longtime officer": an age with no name after it.
_DESCRIBED_AGE = re.compile(r"\b[Tt]he\s+\d{1,3}-year-old\b(?!\s+[A-Z])")


def age_by_reference(index: ArticleIndex, own: set[str], others: list[set[str]]) -> list[SentenceEntry]:
    """The sentence that gives an age by a description, with the one naming whom it describes.

    `own` are the terms the article calls the person by; `others` those of everyone else it names.
    The description refers back to the person when the nearest sentence before it that names
    anyone names them and no one else, and the description's own sentence names no one else.
    """
    named = sorted({p for t in own for p in index.sentence_postings.get(t, ())})
    reach = constants.ASK_AGE_REFERENCE_REACH
    following = sorted({p + step for p in named for step in range(1, reach + 1)} - set(named))
    for position in following:
        if position >= len(index.sentences):
            break
        sentence = index.sentences[position]
        if not _DESCRIBED_AGE.search(sentence.text) or _names_other(sentence, others):
            continue
        antecedent = _nearest_named(index, position, own, others)
        if antecedent is not None:
            return [antecedent, sentence]
    return []


def _nearest_named(
    index: ArticleIndex, position: int, own: set[str], others: list[set[str]]
) -> SentenceEntry | None:
    for back in range(position - 1, max(-1, position - 1 - constants.ASK_AGE_REFERENCE_REACH), -1):
        sentence = index.sentences[back]
        if _names_other(sentence, others):
            return None  # someone else was named last: the description may be theirs
        if own & sentence.counts.keys():
            return sentence
    return None


def _names_other(sentence: SentenceEntry, others: list[set[str]]) -> bool:
    return any(terms & sentence.counts.keys() for terms in others)
