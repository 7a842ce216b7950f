"""A surname written alone for someone other than the only full name with it: a man beside a woman's
name ("said Trump, who ... he" beside "first lady Melania Trump"), or a father beside his junior.
"""

from __future__ import annotations

from dataclasses import replace

from bot.core.article import Article
from bot.core.language import lexicon as lx
from bot.core.quotes.givennames import given_name_gender
from bot.core.quotes.mentions import gender_votes
from bot.core.quotes.people import COURTESY_WRITTEN, PERSON, Mention, Person

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


def split_bare_from_junior(
    article: Article, mentions: dict[int, tuple[Mention, ...]], persons: list[Person]
) -> None:
    """Give a bare surname its own person when the only full name with it is a junior's and the
    article sets the surname alone apart: under a title the junior never carries ("President Trump"
    beside "Donald Trump Jr."), or in the body before the junior is named. News writes the son's
    suffix every time, so the surname alone is someone else, most often his father; "the younger
    Trump" stays the son's."""
    texts = {p.number: p.text for p in article.paragraphs}
    for person in [p for p in persons if _son_of_the_name(p) and not _shares_surname(p, persons)]:
        own = [
            (number, m) for number, found in sorted(mentions.items()) for m in found if m.ids == (person.id,)
        ]
        bare = {
            (number, m.start)
            for number, m in own
            if _surname_alone(m, texts[number], persons) and not _the_younger(texts[number][: m.start])
        }
        if not bare or not _junior_set_apart(own, bare, texts):
            continue
        namesake = Person(id=len(persons), name=person.surname, surname=person.surname, given="")
        persons.append(namesake)
        for number, found in mentions.items():
            mentions[number] = tuple(
                replace(m, ids=(namesake.id,), gender=None) if (number, m.start) in bare else m for m in found
            )


def _son_of_the_name(person: Person) -> bool:
    """ "Donald Trump Jr.": a junior by "Jr.", not by a number a king's name may carry ("Richard II")."""
    return person.name.split()[-1].rstrip(".").casefold() == "jr"


def _junior_set_apart(
    own: list[tuple[int, Mention]], bare: set[tuple[int, int]], texts: dict[int, str]
) -> bool:
    """Whether the surname alone comes under a title of office no full naming of the junior has, or
    comes in the body before he is named."""
    titles = {(number, m.start): _title_before(texts[number][: m.start]) for number, m in own}
    bare_titles = {titles[at] for at in bare} - {""}
    full_titles = {titles[(number, m.start)] for number, m in own if (number, m.start) not in bare}
    if bare_titles - full_titles:
        return True
    first = next(((number, m.start) for number, m in own if m.body), None)
    return first in bare


def _title_before(before: str) -> str:
    """The title of office right before a name ("President", "Gov."), else ""; no courtesy title."""
    words = before.split()
    word = words[-1].rstrip(".").casefold() if words and words[-1][:1].isupper() else ""
    if word in COURTESY_WRITTEN or not (word in lx.TITLE_WORDS or word in lx.HONORIFICS):
        return ""
    return word


def _the_younger(before: str) -> bool:
    """ "the younger Trump", "the younger Mr. Trump": the son, named by his surname."""
    return "younger" in before.casefold().split()[-2:]


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
