"""A lede's quotation given to a description of its speaker ("Governor Ada Whitcombe's former security
adviser urged lawmakers not to repeat “…”") whom the story names only after it ("Marta Elling spoke
on ..."), then quotes: that person.
"""

from __future__ import annotations

from bot.core.article import Paragraph
from bot.core.quotes.attribution import quote_at
from bot.core.quotes.function_words import ARTICLES, PREPOSITIONS
from bot.core.quotes.people import AMBIGUOUS, PERSON, Mention, Registry
from bot.core.quotes.quoted.shared import Raw
from bot.core.quotes.roles import plural_role, role_heads, role_words
from bot.core.quotes.sources import INDEFINITE, UNNAMED, UNNAMED_SOURCE_NOUNS

# Body paragraphs after the lede that may name its speaker: "... ¶ At issue: a controversial
# proposal ... ¶ Rules Committee Chairman Bruce Ash criticized ...".
_NAMING_PARAGRAPHS = 3


def named_after_lede(raws_of: dict[int, list[Raw]], body: list[Paragraph], registry: Registry) -> None:
    """ "President Donald Trump's former Russia adviser urged lawmakers ... not to promote “…” ¶ Fiona
    Hill spoke on ...": a lede's quotations given to one description of a single speaker, neither
    brought in as one of many ("a lawmaker") nor a spokesman's or official's, an unnamed source, go to
    the first person the story names after the lede, when the story quotes that person later and
    introduces them as the one described (see `_introduced`)."""
    if len(body) <= 1:
        return
    lede = body[0]
    described = [r for r in raws_of[lede.number] if r.speaker is None and r.source and r.source[1] == UNNAMED]
    labels = {r.source[0] for r in described}
    if len(labels) != 1:
        return
    label = labels.pop()
    head = _described_head(label)
    if head is None:
        return
    met = _people_named(lede, registry)
    following = body[1 : 1 + _NAMING_PARAGRAPHS]
    named = _first_newly_named(following, raws_of, registry, met)
    if named is None or not _introduced(named, label, head, registry):
        return
    person = named.ids[0]
    if not any(r.speaker == person for p in body[1:] for r in raws_of[p.number]):
        return  # a person the story never quotes is someone else it tells of
    for raw in described:
        raw.speaker, raw.source = person, None


def _described_head(label: str) -> str | None:
    """The noun of a description of one person ("adviser" in "Governor Ada Whitcombe's former
    security adviser"); None for one of many ("a lawmaker"), a group, or a noun news leaves unnamed
    ("a spokeswoman", "the official")."""
    words = label.casefold().split()
    heads = role_heads([label])
    if not words or not heads or words[0] in INDEFINITE:
        return None
    head = heads[0]
    if head in UNNAMED_SOURCE_NOUNS or plural_role(head):
        return None
    return head


def _people_named(paragraph: Paragraph, registry: Registry) -> set[int]:
    return {
        i for m in registry.mentions.get(paragraph.number, ()) if m.kind in (PERSON, AMBIGUOUS) for i in m.ids
    }


def _first_newly_named(
    paragraphs: list[Paragraph], raws_of: dict[int, list[Raw]], registry: Registry, met: set[int]
) -> Mention | None:
    """The first mention, outside quotation marks, of a person not named before, by full name and not
    as an owner ("Hugo Mendel", not "Mendel's"); None when the first such mention is not so."""
    for paragraph in paragraphs:
        spans = sorted((r.span.start, r.span.end) for r in raws_of[paragraph.number])
        for mention in registry.mentions.get(paragraph.number, ()):
            if (
                mention.kind not in (PERSON, AMBIGUOUS)
                or set(mention.ids) <= met
                or quote_at(spans, mention.start)
            ):
                continue
            plain = mention.kind == PERSON and mention.full and not mention.possessive
            return mention if plain else None
    return None


def _introduced(named: Mention, label: str, head: str, registry: Registry) -> bool:
    """Whether the person's role has the description's noun ("Pryce's outgoing field director Hugo
    Mendel"), or the name opens its sentence, past capitalised title words ("Rules Committee Chairman
    Bruce Ash criticized"), the person given no role or one sharing a word with the description."""
    person = registry.person(named.ids[0])
    if head in role_heads(person.roles):
        return True
    if person.roles and not any(_words(role) & _words(label) for role in person.roles):
        return False  # "Ann Fox, a neighbor," is not "the city's top lawyer"
    tokens = registry.tokens.get(named.paragraph, [])
    before = [t for t in tokens if t.end <= named.start]
    opening = [t for t in reversed(before) if not (t.is_word and t.cap)]
    return not opening or opening[0].text in _SENTENCE_CLOSES


_SENTENCE_CLOSES = frozenset(".!?")


def _words(text: str) -> set[str]:
    """The words of a role or description that tell it apart: not its articles or prepositions."""
    return role_words(text) - ARTICLES - PREPOSITIONS
