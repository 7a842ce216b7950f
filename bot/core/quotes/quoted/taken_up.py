"""A definite role taking up an unnamed source quoted before: "“…,” said a prominent Republican National
Committee member who supports Holt. ... “…,” the RNC member said" is that member, however far back,
when no one the article names before it holds the role. Writers shorten such a label on its second
mention: a body's name to its initials or its kind ("the party member"), never to a word the label
lacks. A named holder never quoted and long unmentioned gives way to such a source too. An ordinal
just before ("the first state official said ...") counts back among the sources brought in so.
"""

from __future__ import annotations

from bot.core.language import lexicon as lx
from bot.core.language.tokens import Token
from bot.core.quotes import attribution as attr
from bot.core.quotes.quoted.shared import Raw
from bot.core.quotes.resolver import Resolver
from bot.core.quotes.resolving.shared import ROLE_MODIFIERS_MAX
from bot.core.quotes.sources import INDEFINITE, UNNAMED, one_source_noun

# Words inside a body's name its initials leave out ("Department of Justice" is DOJ).
_NAME_LINKS = frozenset("of for and the".split())
# Words that end a label's head phrase: "a spokeswoman for Harbor Bank", "a member who supports Holt".
_HEAD_ENDS = frozenset("for of to from by with at and or who whose which that".split())
_ACRONYM_CHARS = 2  # "UN": the shortest initials read as a body's


def source_taken_up(raw: Raw, subject: attr.Subject, resolver: Resolver) -> tuple[str, str] | None:
    """The unnamed source met before that "the <words> <role>" shortens, when no one named before it
    holds the role and every word before its head stands for words of that source's label; None
    otherwise."""
    if subject.kind != "role" or subject.source is None or not subject.modifiers:
        return None
    if _held(subject.role, resolver, raw.paragraph.number, subject.source.start):
        return None  # "the lawmaker" may mean Sen. Ada Holt: a role someone holds refers back
    written = raw.paragraph.text[subject.source.start : subject.source.end].split()
    if len(written) < 3 or written[0].casefold() != "the" or written[-1].casefold() != subject.role:
        return None
    return _met_with_role(subject.role, written[1:-1], resolver, _MODIFIED_LABEL_WORDS)


def unquoted_holders_source(raw: Raw, subject: attr.Subject, resolver: Resolver) -> tuple[str, str] | None:
    """ "A Clinton aide said ... ¶ longtime Clinton aide Justin Cooper set up ... ¶ “…,” the Clinton aide
    said": the unnamed source quoted before under "a ... <role>", whom "the ... <role>" takes up when
    the named holder the role would otherwise mean has never been quoted (the caller's to check)."""
    if subject.kind != "role" or subject.source is None:
        return None
    written = raw.paragraph.text[subject.source.start : subject.source.end].split()
    if len(written) < 2 or written[0].casefold() != "the" or written[-1].casefold() != subject.role:
        return None
    return _met_with_role(subject.role, written[1:-1], resolver, 2)


def _met_with_role(
    role: str, modifiers: list[str], resolver: Resolver, shortest: int
) -> tuple[str, str] | None:
    """The latest unnamed source quoted under "a ... <role>" (at least `shortest` words to its head's
    end) when every modifier stands for words of its label; failing one, the latest quoted under
    "the ... <role>"; None otherwise."""
    for articles in (INDEFINITE, _DEFINITE):
        for source in reversed(resolver.unnamed_met):
            words = _head_phrase(source[0])
            if len(words) < shortest or words[0].casefold() not in articles or words[-1].casefold() != role:
                continue
            return source if all(stands_for(m, words[1:-1]) for m in modifiers) else None
    return None


# "the former Trump campaign worker said" with no worker named is an unnamed source too, which
# "the former campaign worker" takes up as it would "a former Trump campaign worker".
_DEFINITE = frozenset(("the",))
_MODIFIED_LABEL_WORDS = 3  # "a prominent member": a label with a word between its article and head


def _held(role: str, resolver: Resolver, paragraph: int, offset: int) -> bool:
    """Whether someone named before `offset` of `paragraph` holds the role, by a role word or an
    abbreviated title ("Sen." for "lawmaker"): a role refers back, so "Mira Quell, a Democratic
    strategist" named only after "said the Democratic strategist" is not whom it takes up."""
    holders = set(resolver.holders_index().get(role, ()))
    holders |= {
        p.id for p in resolver.registry.persons if any(role in lx.TITLE_ROLES.get(t, ()) for t in p.titles)
    }
    return any(resolver.named_before(person, paragraph, offset) for person in holders)


def _head_phrase(name: str) -> list[str]:
    words = name.split()
    cut = next((at for at, w in enumerate(words) if at and w.casefold() in _HEAD_ENDS), len(words))
    return words[:cut]


def stands_for(word: str, label: list[str]) -> bool:
    """Whether a word of the shorter label stands for words of the longer: one of them, their
    initials ("RNC" for "Republican National Committee"), or "party" for a party's name."""
    low = word.casefold()
    if low in (w.casefold() for w in label):
        return True
    if low == "party":
        return any(w.casefold() in lx.PARTY_LABELS for w in label)
    return word.isupper() and len(word) >= _ACRONYM_CHARS and word in _initials(label)


def _initials(label: list[str]) -> set[str]:
    """The initials of every run of capitalised words of a label, small linking words inside a run
    left out: {"RNC", "NC", "RN", ...} of "prominent Republican National Committee"."""
    found: set[str] = set()
    for start, first in enumerate(label):
        if not first[:1].isupper():
            continue
        letters = ""
        for word in label[start:]:
            if word[:1].isupper():
                letters += word[0]
                found.add(letters)
            elif word not in _NAME_LINKS:
                break
    return found


def person_taken_up(raw: Raw, subject: attr.Subject, resolver: Resolver) -> tuple[str, str] | None:
    """ "“…,” said a longtime adviser to both Clintons, who requested anonymity. ¶ “…,” the person
    added" (or "this person said"): "the person" is the unnamed person quoted just before, when no
    named speaker was quoted since; None otherwise (a label of its own)."""
    if subject.source is None or resolver.last_source is None:
        return None
    words = raw.paragraph.text[subject.source.start : subject.source.end].casefold().split()
    if words not in THE_PERSON:
        return None
    source = _unnamed_just_quoted(raw, resolver)
    if source is None:
        return None
    head = _head_phrase(source[0])[-1].casefold()
    one_person = one_source_noun(head)
    return source if one_person and head not in _PLURAL_ROLES else None


def role_taken_up(raw: Raw, subject: attr.Subject, resolver: Resolver) -> tuple[str, str] | None:
    """ "“…,” said a white-collar attorney who … ¶ “…,” the attorney added": "the" and the head of
    the unnamed source quoted just before is that source, however many paragraphs its quotations
    run to, when no named speaker was quoted since and no one named holding the role was named since
    (a holder named only before it is not the one the writer just quoted)."""
    if subject.kind != "role" or subject.source is None or subject.modifiers or resolver.last_source is None:
        return None
    words = raw.paragraph.text[subject.source.start : subject.source.end].casefold().split()
    if words != ["the", subject.role]:
        return None
    source = _unnamed_just_quoted(raw, resolver)
    if source is None or _head_phrase(source[0])[-1].casefold() != subject.role:
        return None
    return None if _holder_named_since(subject.role, raw, resolver) else source


def _holder_named_since(role: str, raw: Raw, resolver: Resolver) -> bool:
    """Whether someone holding the role is named, outside quotation marks, between the last source's
    quotation and this one."""
    holders = set(resolver.holders_index().get(role, ()))
    if not holders:
        return False
    _, paragraph = resolver.last_source
    first = resolver.position.get(paragraph, -1)
    for number in resolver.body_order[first : resolver.position.get(raw.paragraph.number, -1) + 1]:
        quoted = resolver.quote_ranges.get(number, [])
        for mention in resolver.registry.mentions.get(number, ()):
            if number == paragraph and mention.start < resolver.last_source_end:
                continue
            if number == raw.paragraph.number and mention.start >= raw.span.start:
                break
            if holders & set(mention.ids) and attr.quote_at(quoted, mention.start) is None:
                return True
    return False


def _unnamed_just_quoted(raw: Raw, resolver: Resolver) -> tuple[str, str] | None:
    """The unnamed source quoted last, a paragraph or two before, with no named speaker quoted since."""
    (name, kind), paragraph = resolver.last_source
    if kind != UNNAMED or not resolver.close(paragraph, raw.paragraph.number):
        return None
    if resolver.last_speaker is not None:
        since = (resolver.position.get(paragraph, -1), resolver.last_source_end)
        if (resolver.position.get(resolver.last_speaker[1], -1), resolver.last_speaker_end) > since:
            return None  # a named person quoted after the source
    return name, kind


# How a writer takes up the unnamed person just quoted: "the person added", "this person said".
THE_PERSON = (["the", "person"], ["this", "person"])
# Plural heads, whom "the person" (one) never takes up.
_PLURAL_ROLES = frozenset(("officials", "councilmembers"))


def ordinal_taken_up(raw: Raw, subject: attr.Subject, resolver: Resolver) -> tuple[str, str] | None:
    """ "“…,” said a senior state official ... “…,” another state official said ... ¶ Asked how ...,
    the first state official said the order would ... ¶ “…,” the official said": the unnamed source
    an ordinal since the last quotation counts to among those brought in under the role ("the
    first" of two officials), not the latest; None with no such ordinal or too few sources."""
    if subject.kind != "role" or subject.source is None or subject.modifiers:
        return None
    counted = _ordinal_since_quoted(raw, subject.role, subject.source.start, resolver)
    if counted is None:
        return None
    place, modifiers = counted
    brought_in: list[tuple[str, str]] = []
    for source in resolver.unnamed_met:
        words = _head_phrase(source[0])
        if words[0].casefold() not in INDEFINITE or words[-1].casefold() != subject.role:
            continue  # "the official": one brought in before, not another
        if source not in brought_in and all(stands_for(m, words[1:-1]) for m in modifiers):
            brought_in.append(source)
    # An ordinal counts among two or more: "the first official" of one is no one in particular.
    return brought_in[place] if len(brought_in) > max(place, 1) else None


def _ordinal_since_quoted(
    raw: Raw, role: str, offset: int, resolver: Resolver
) -> tuple[int, list[str]] | None:
    """The place ("first": 0) and the words between it and the role of the latest "the <ordinal> ...
    <role>" outside quotation marks before `offset` of the quotation's paragraph or in the few
    paragraphs just before it that quote no one."""
    at = resolver.position.get(raw.paragraph.number)
    if at is None:
        return None
    for number in reversed(resolver.body_order[max(0, at - _ORDINAL_REACH) : at + 1]):
        quoted = resolver.quote_ranges.get(number, [])
        if number != raw.paragraph.number and quoted:
            return None  # a quotation since: the ordinal is not the one this label goes back to
        end = offset if number == raw.paragraph.number else None
        found = _latest_ordinal(resolver.registry.tokens.get(number, []), quoted, role, end)
        if found is not None:
            return found
    return None


def _latest_ordinal(
    tokens: list[Token], quoted: list[tuple[int, int]], role: str, end: int | None
) -> tuple[int, list[str]] | None:
    """The latest "the <ordinal> ... <role>" among the tokens before `end`, as `_ordinal_since_quoted`."""
    found = None
    for index, token in enumerate(tokens[:-2]):
        if end is not None and token.start >= end:
            break
        if token.low != "the" or tokens[index + 1].low not in lx.ORDINALS:
            continue
        if attr.quote_at(quoted, token.start) is not None:
            continue
        words = tokens[index + 2 : index + 2 + ROLE_MODIFIERS_MAX + 1]
        head = next((i for i, w in enumerate(words) if not w.is_word or w.low == role), None)
        if head is not None and words[head].low == role:
            found = lx.ORDINALS.index(tokens[index + 1].low), [w.text for w in words[:head]]
    return found


# Body paragraphs back an ordinal ("the first official said ...") is looked for.
_ORDINAL_REACH = 3
