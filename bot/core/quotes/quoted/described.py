"""A definite description of a person named beside it: "Ray Dorn, one of the report's authors, said the
vote will test it. “…,” said the former top aide to President Ann Vale." is Dorn's, and "a lecture from the
Norland president, who said it was good for “…”. President Ana Lobo said ..." is Lobo's. Writers vary
how they name the person they are quoting; a description with "the" is someone the reader already
knows, here the one person its neighbouring sentence has speak, not an unnamed source.
"""

from __future__ import annotations

from bot.core.language import lexicon as lx
from bot.core.quotes import attribution as attr
from bot.core.quotes.people import AMBIGUOUS, PERSON
from bot.core.quotes.quoted.shared import Context, Raw, sentence_index
from bot.core.quotes.resolver import Resolver

# Words that end a description's head phrase: "the former top aide to President Ann Vale".
_HEAD_ENDS = frozenset("to for of at from with in on".split())
_HEAD_WORDS = 5  # "the former top aide": words between "the" and the head


def described_person(raw: Raw, subject: attr.Subject, context: Context, resolver: Resolver) -> int | None:
    """The person a definite description speaking a quotation means: the one person the sentence
    right before has say something, or the one the sentence right after has say something when
    the article gives them the description's role; None when no such sentence, or several people."""
    if subject.source is None:
        return None
    head = _head(raw.paragraph.text[subject.source.start : subject.source.end])
    if head is None:
        return None
    inside = _people(context.items(subject.source.start, subject.source.end))
    at = sentence_index(raw.paragraph, subject.source.start)
    before = _saying_people(raw, at - 1, context) - inside
    if len(before) == 1 and _only_people_named(raw, at, context, before | inside):
        return next(iter(before))
    holders = set(resolver.holders_index().get(head, ()))
    after = _saying_people(raw, at + 1, context) - inside
    if len(after) == 1 and after <= holders:
        return next(iter(after))
    return None


def _head(words: str) -> str | None:
    """The role noun a description with "the" names ("aide" of "the former top aide to President Ann
    Vale"), None for anything else: a body, an unnamed source's noun, an indefinite one."""
    split = words.split()
    if len(split) < 2 or split[0] not in ("the", "The"):
        return None
    cut = next((at for at, w in enumerate(split) if at and w.casefold() in _HEAD_ENDS), len(split))
    phrase = split[1:cut]
    if not phrase or len(phrase) > _HEAD_WORDS or not all(w.islower() or w[:1].isupper() for w in phrase):
        return None
    head = phrase[-1].casefold()
    if not phrase[-1].islower():
        return None  # "the Regional Executive": a body's or an office's name, no one described
    if not lx.is_role_head(head) or head in _NEVER_DESCRIBED:
        return None
    return head


# Roles that speak for someone else, or plurals: "the spokesman" after "Holt said ..." is Holt's
# spokesman, "the officials" several people, never the one person named.
_NEVER_DESCRIBED = frozenset(
    "spokesman spokeswoman spokesperson lawyer attorney representative source official officials".split()
)


def _saying_people(raw: Raw, index: int, context: Context) -> set[int]:
    """The people a sentence of the paragraph has say something (subjects of its verbs of saying)."""
    if not 0 <= index < len(raw.paragraph.sentences):
        return set()
    sentence = raw.paragraph.sentences[index]
    items = context.items(sentence.start, sentence.end)
    found = set()
    for _, said in attr.events(items):
        if said.kind == "person" and said.mention is not None and len(said.mention.ids) == 1:
            if _coordinated(items, said.mention.start):
                return set()  # "Ray Dorn and Lena Vogt said": two people, whom "the aide" is unclear
            found.add(said.mention.ids[0])
    return found


def _coordinated(items: list[attr.Item], start: int) -> bool:
    """Whether the mention at `start` is joined to another by "and" or "or" ("Dorn and Vogt said")."""
    at = next((i for i, item in enumerate(items) if item.kind == "mention" and item.start == start), None)
    if at is None:
        return False
    before = [i for i in items[max(0, at - _JOIN_REACH) : at] if i.low != ","]
    after = items[at + 1 : at + 2]
    return any(i.low in _JOINS for i in before[-1:] + after)


_JOINS = frozenset(("and", "or", "&"))
_JOIN_REACH = 2  # "Ray Dorn, and Lena Vogt": a comma may stand before the conjunction


def _people(items: list[attr.Item]) -> set[int]:
    return {
        person
        for item in items
        if item.kind == "mention" and item.mention.kind in (PERSON, AMBIGUOUS)
        for person in item.mention.ids
    }


def _only_people_named(raw: Raw, at: int, context: Context, allowed: set[int]) -> bool:
    """Whether the description's own sentence names no one but the person meant and those the
    description names itself ("the aide to President Ann Vale")."""
    sentence = raw.paragraph.sentences[at]
    return _people(context.items(sentence.start, sentence.end)) <= allowed
