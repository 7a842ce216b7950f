"""A surname written alone for a man while the only full name with it is a woman's ("said Trump,
who ... he" beside "first lady Melania Trump"), or the other way round: two people, not one.
"""

from __future__ import annotations

from dataclasses import replace

from bot.core.article import Article
from bot.core.quotes.givennames import given_name_gender
from bot.core.quotes.mentions import gender_votes
from bot.core.quotes.people import PERSON, Mention, Person

# He or she votes the bare surname needs, with none for the full name's gender, before it is
# taken for another person ("Trump suggested ..., but he declared", "Trump insisted that many of his aides").
_OTHER_GENDER_VOTES = 2
_OTHER = {"m": "f", "f": "m"}


def split_bare_namesakes(
    article: Article, tokens_of, mentions: dict[int, tuple[Mention, ...]], persons: list[Person]
) -> None:
    """Give a bare surname its own person when the pronouns after it are all of the gender the only
    full name with that surname does not have (its given name tells), and at least two: "Trump",
    a man, beside "Melania Trump". The bare mentions of the other gender then name that person."""
    texts = {p.number: p.text for p in article.paragraphs}
    bare = {
        number: {m.start for m in found if _surname_alone(m, texts[number], persons)}
        for number, found in mentions.items()
    }
    named_bare = {m.ids[0] for number, found in mentions.items() for m in found if m.start in bare[number]}
    candidates = [p for p in persons if p.id in named_bare and _gender_of_given_name(p, persons)]
    if not candidates:
        return  # the votes are read again only for someone they could split
    votes = gender_votes(article, tokens_of, _bare_apart(mentions, bare))
    for person in candidates:
        gender = person.gender
        seen = votes.get(_bare_key(person.id), [])
        other = _OTHER[gender]
        if gender in seen or seen.count(other) < _OTHER_GENDER_VOTES:
            continue
        namesake = Person(
            id=len(persons), name=person.surname, surname=person.surname, given="", gender=other
        )
        persons.append(namesake)
        for number, found in mentions.items():
            mentions[number] = tuple(_moved(m, bare[number], person, namesake) for m in found)


def _gender_of_given_name(person: Person, persons: list[Person]) -> bool:
    """Whether the person's gender is their given name's (not one the pronouns outvoted it with:
    "Tai", rare for a man) and no one else has their surname."""
    gender = given_name_gender(person.given) if person.given else None
    return gender is not None and gender == person.gender and not _shares_surname(person, persons)


def _surname_alone(mention: Mention, text: str, persons: list[Person]) -> bool:
    """Whether the mention names one person by their surname alone ("Trump", "Mrs. Trump"), not by
    a given name ("Anna") or in full."""
    if mention.kind != PERSON or mention.full:
        return False
    written = text[mention.start : mention.end].split()
    return written[-1:] == [persons[mention.ids[0]].surname]


def _bare_apart(
    mentions: dict[int, tuple[Mention, ...]], bare: dict[int, set[int]]
) -> dict[int, tuple[Mention, ...]]:
    """The mentions with each person's bare ones under a key of their own, so that votes tell the
    sentences naming someone by the surname alone from those giving the full name."""
    return {
        number: tuple(replace(m, ids=(_bare_key(m.ids[0]),)) if m.start in bare[number] else m for m in found)
        for number, found in mentions.items()
    }


def _bare_key(person_id: int) -> int:
    return -1 - person_id


def _shares_surname(person: Person, persons: list[Person]) -> bool:
    return any(p.id != person.id and p.surname.casefold() == person.surname.casefold() for p in persons)


def _moved(mention: Mention, bare: set[int], person: Person, namesake: Person) -> Mention:
    """A bare mention of the person now names the namesake, unless a title gives it the person's
    gender ("Mrs. Trump")."""
    if mention.start not in bare or mention.ids != (person.id,):
        return mention
    if mention.gender == person.gender and mention.gender is not None:
        return mention
    return replace(mention, ids=(namesake.id,), gender=namesake.gender)
