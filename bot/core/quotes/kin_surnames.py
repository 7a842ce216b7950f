"""A relative named by a given name alone ("His sister, Jade, told ...") whom the article goes on
to call by the family's surname ("Ms Kestle said her brother ..."): one person, Jade Kestle.

The honorific's gender tells them apart: "Ms Kestle" cannot be her brother Tom Kestle, the only
Kestle named in full, so it is the one woman introduced as his relative without a surname.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.core.language import lexicon as lx
from bot.core.quotes.people import PERSON, Mention, Person

# "Tom Kestle's sister", as name_possessors writes a relative's role.
_OWNED_ROLE = re.compile(r"^(.+?)['’]s (\w+)$")


def surnames_from_kin(persons: list[Person], mentions: dict[int, tuple[Mention, ...]]) -> None:
    """Give each relative known by a given name alone the surname of the one they are kin to, when
    a mention of that surname is of the relative's gender and not of the named person's; those
    mentions then mean the relative."""
    by_name = {p.name: p for p in persons}
    for person in persons:
        owner = _kin_owner(person, by_name)
        if owner is None or _rivals(person, owner, persons):
            continue
        hits = [
            (number, m)
            for number, found in mentions.items()
            for m in found
            if m.kind == PERSON and m.ids == (owner.id,) and m.gender == person.gender
        ]
        if not hits:
            continue
        _take_surname(person, owner.surname)
        for number, mention in hits:
            mentions[number] = tuple(
                replace(m, ids=(person.id,)) if m is mention else m for m in mentions[number]
            )


def _kin_owner(person: Person, by_name: dict[str, Person]) -> Person | None:
    """The person named in full whose relative `person` is, when `person` has a given name alone,
    a gender, and the other person the opposite gender."""
    if person.given or " " in person.name or person.gender is None:
        return None
    for role in person.roles:
        owned = _owned(role)
        owner = by_name.get(owned[0]) if owned and owned[1].casefold() in lx.KIN_NOUNS else None
        if owner is not None and owner.given and owner.gender not in (None, person.gender):
            return owner
    return None


def _rivals(person: Person, owner: Person, persons: list[Person]) -> bool:
    """Another person the surname's mention of that gender may mean: a namesake of the owner, or a
    second relative of the same gender known by a given name alone."""
    return any(
        other.id not in (person.id, owner.id)
        and (other.surname == owner.surname or (other.gender == person.gender and _kin_of(other, owner)))
        for other in persons
    )


def _kin_of(person: Person, owner: Person) -> bool:
    """True when one of `person`'s roles is owned by `owner` ("Tom Kestle's coach" too)."""
    return any((owned := _owned(role)) and owned[0] == owner.name for role in person.roles)


def _owned(role: str) -> tuple[str, str] | None:
    """The owner's name and the noun of a role written as someone's ("Tom Kestle's sister")."""
    found = _OWNED_ROLE.match(role)
    return (found.group(1), found.group(2)) if found else None


def _take_surname(person: Person, surname: str) -> None:
    """Rename `person` in place to their given name and `surname`; the given name alone stays an alias."""
    given = person.name
    person.aliases = sorted({*person.aliases, given})
    person.name, person.given, person.surname = f"{given} {surname}", given, surname
