"""The units attribution reads (words, marks, mentions and collapsed quotations) and the
subject it finds for a verb of saying: shared by the attribution rules (subjects/) and references.py.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.quotes.people import Mention
from bot.core.quotes.sources import Source

# Words that end the search for an inverted subject: "said that X ..." is a clause, not "said X".
NOT_BEFORE_INVERTED_SUBJECT = frozenset(
    "that it this there he she they we i you his her their its in on at to for of with inside within near "
    "among behind from was is would will had has have be been were are could should may might do does did "
    "not".split()
)


@dataclass(frozen=True, slots=True)
class Item:
    """One unit of a sentence: a word, a punctuation mark, a mention or a collapsed quotation."""

    kind: str  # "word", "punct", "mention" or "quote"
    low: str = ""
    mention: Mention | None = None
    start: int = 0
    end: int = 0
    cap: bool = False
    possessive: bool = False


@dataclass(frozen=True, slots=True)
class Subject:
    """Who a verb of saying belongs to: a person id, a pronoun to resolve, or someone not a person."""

    kind: str  # "person", "pronoun", "role" ("the judge") or "other"
    mention: Mention | None = None
    verb: str = ""
    role: str = ""
    source: Source | None = None  # for "other" and "role": the phrase naming a non-person speaker
    modifiers: tuple[str, ...] = ()  # for "role": the words before its head ("Republican")
    offset: int = -1  # for "role": where its head noun is in the paragraph
