"""Two people named with one surname ("Margaret and John Pelling"): the given name before "and" is a
person of that family too, Margaret Pelling, not a word of no one.

Without her, "Mrs Pelling said" could only be John Pelling, the one Pelling named, and the
title's gender would make him a woman.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.core.quotes.givennames import given_name_gender, is_given_name
from bot.core.quotes.people import AMBIGUOUS, PERSON, Mention, Person

# "Margaret and John Pelling", "Ann & Tom Holt": a given name, "and", then a full name of two words.
_SHARED_SURNAME = re.compile(r"\b([A-Z][a-z]+) (?:and|&) ([A-Z][a-z]+) ([A-Z][\w'’-]+)\b")


def couples_named_together(
    texts: dict[int, str], persons: list[Person], mentions: dict[int, tuple[Mention, ...]]
) -> None:
    """Add the person a given name before "and <given> <surname>" names, with that surname; the
    surname alone then names either of them (its title's gender telling which), as two namesakes."""
    for number, text in texts.items():
        for found in _SHARED_SURNAME.finditer(text):
            partner = _partner(found, persons)
            if partner is not None:
                _add_person(found, number, partner, persons, mentions, texts)


def _partner(found: re.Match, persons: list[Person]) -> Person | None:
    """The person named in full after "and", when the word before it is a given name the article
    gives no one else (no person's name, given name or surname)."""
    given, partner_given, surname = found.groups()
    if not is_given_name(given):
        return None
    low = given.casefold()
    if any(low in (p.name.casefold(), p.given.casefold(), p.surname.casefold()) for p in persons):
        return None
    return next((p for p in persons if p.given == partner_given and p.surname == surname), None)


def _add_person(
    found: re.Match,
    number: int,
    partner: Person,
    persons: list[Person],
    mentions: dict[int, tuple[Mention, ...]],
    texts: dict[int, str],
) -> None:
    given, partner_given, surname = found.groups()
    gender = given_name_gender(given)
    titled = next((p for p in persons if not p.given and p.surname == surname and p.gender == gender), None)
    if titled is not None:
        # "Mrs. Pelling", registered apart from John Pelling by her title: she is Margaret Pelling.
        titled.aliases = sorted({*titled.aliases, titled.name})
        titled.name, titled.given = f"{given} {surname}", given
        person = titled
    else:
        person = Person(
            id=len(persons),
            name=f"{given} {surname}",
            surname=surname,
            given=given,
            aliases=[surname],
            gender=gender,
        )
        persons.append(person)
    # The partner's gender was read off "Mrs Pelling" too, before she was known: the given name says it.
    partner.gender = given_name_gender(partner_given) or partner.gender
    for at, found_here in mentions.items():
        mentions[at] = tuple(_shared(m, texts[at], partner, person) for m in found_here)
    named = Mention(number, found.start(1), found.end(1), PERSON, ids=(person.id,), full=True)
    mentions[number] = tuple(sorted((*mentions.get(number, ()), named), key=lambda m: m.start))


def _shared(mention: Mention, text: str, partner: Person, person: Person) -> Mention:
    """A mention of the partner by the surname alone ("Pelling", "Mrs Pelling") now names either of the
    two; "John" or "John Pelling" is still his."""
    written = text[mention.start : mention.end].split()
    if mention.kind != PERSON or mention.ids != (partner.id,) or written[-1:] != [partner.surname]:
        return mention
    if len(written) > 1 and written[-2] == partner.given:
        return mention
    return replace(mention, kind=AMBIGUOUS, ids=(partner.id, person.id))
