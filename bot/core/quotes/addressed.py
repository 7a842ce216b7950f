"""Quotations that address their speaker by name ("Don't worry about your ticket, Judge Pemberton.")
are someone else's words: the attribution to the one addressed is dropped. Pure."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.core.quotes.people import PERSON, Person, Quote, Registry

# Titles a speaker calls someone by ("Mr. Holmes", "Judge Pemberton").
_TITLES = (
    r"(?:Mr|Mrs|Ms|Miss|Dr|Sir|Madam|Judge|Senator|Sen|Governor|Gov|President|Mayor|Professor|Prof"
    r"|Officer|Reverend|Rev|Father|Coach|General|Gen|Captain|Capt)\.?"
)
# A name called at the end of a sentence of the words ("..., Judge Pemberton.", "..., Walter!").
_CALLED_LAST = r",\s+(?:{title}\s+{surname}|{name}|{given})(?=[.!?])"
# A name calling someone at the opening of the words ("Walter, you must go", "Mr. Holmes, ...").
_CALLED_FIRST = r"^(?:{title}\s+{surname}|{given}),"
# A name called after the opening word of the words ("No, Hal, I have friends", "Look, Mr. Holt, ...").
_CALLED_SECOND = r"^[A-Z][a-z]+,\s+(?:{title}\s+{surname}|{given}),"


def unaddressed(quotes: tuple[Quote, ...], registry: Registry) -> tuple[Quote, ...]:
    """The quotes, each given to a person whom its words address by name made unattributed."""
    # Only the people quoted are checked: an article may name hundreds who never speak.
    speaking = {quote.speaker for quote in quotes if quote.kind == PERSON}
    calls = {person.name: _calls(person) for person in registry.persons if person.name in speaking}
    return tuple(_checked(quote, calls) for quote in quotes)


def _checked(quote: Quote, calls: dict[str, tuple[re.Pattern[str], ...]]) -> Quote:
    if quote.speaker is None or quote.kind != PERSON or quote.speaker not in calls:
        return quote
    if any(call.search(quote.text) for call in calls[quote.speaker]):
        return replace(quote, speaker=None)
    return quote


def _calls(person: Person) -> tuple[re.Pattern[str], ...]:
    """The ways the words may call this person by name."""
    given = person.given.split()[0] if person.given and not person.family_first else person.name
    forms = {
        "title": _TITLES,
        "surname": re.escape(person.surname or person.name),
        "name": re.escape(person.name),
        "given": re.escape(given),
    }
    return tuple(re.compile(call.format(**forms)) for call in (_CALLED_LAST, _CALLED_FIRST, _CALLED_SECOND))
