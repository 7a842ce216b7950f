"""Turns of a transcript ("MARSH: About 12,000 this morning.") as the labelled person's words: a
transcript gives its speakers verbatim without quote marks, so the quote engine never sees them.
"""

from __future__ import annotations

from bot.core import constants
from bot.core.article import Article
from bot.core.article.newsprint import SPEAKER_LABEL, is_speaker_label
from bot.core.language import lexicon as lx
from bot.core.quotes.people import Person, Quote, Registry

# Quote marks in a turn: the quote engine reads those words, with the label as their speaker.
_QUOTE_MARKS = frozenset('“”"')


def transcript_quotes(article: Article, registry: Registry) -> list[Quote]:
    """The turns whose label names exactly one person of the article, when the article has at least
    TRANSCRIPT_MIN_TURNS labelled turns (one "UPDATE:" line is no transcript)."""
    turns = []
    for paragraph in article.paragraphs:
        label = SPEAKER_LABEL.match(paragraph.text)
        if label and paragraph.is_body and is_speaker_label(label.group().strip()[:-1]):
            turns.append((paragraph, label))
    if len(turns) < constants.TRANSCRIPT_MIN_TURNS:
        return []
    found = []
    for paragraph, label in turns:
        said = paragraph.text[label.end() :].strip()
        person = _labelled(label.group(), registry.persons)
        if person is None or not said or _QUOTE_MARKS.intersection(said):
            continue
        found.append(Quote(said, paragraph.number, said, person.name))
    return found


def _labelled(label: str, persons: list[Person]) -> Person | None:
    """The one person whose surname the label is ("MARSH:", "MR. MARSH:", "GOV. MARSH:")."""
    words = [w.strip(".").casefold() for w in label.strip()[:-1].split()]
    words = [w for w in words if w and w not in lx.HONORIFICS and not lx.is_role_head(w)]
    if len(words) != 1:
        return None
    named = {p.name: p for p in persons if p.surname.casefold() == words[0]}
    return next(iter(named.values())) if len(named) == 1 else None
