"""An organisation or unnamed source introducing a quotation from before it: "The company said in a
statement: ¶ “…”", "..., the editorial board writes. “…”"; or opening its sentence: "The ad targets a
“…”".
"""

from __future__ import annotations

import re

from bot.core.quotes import attribution as attr
from bot.core.quotes.quoted.shared import (
    CONNECTIVES,
    Context,
    Raw,
    in_first_person,
    sentence_bounds,
    title_like,
)
from bot.core.quotes.quoted.verb_subjects import source_name, speaker_from
from bot.core.quotes.repeats import bare_quotation
from bot.core.quotes.resolver import Resolver
from bot.core.quotes.sources import (
    INDEFINITE,
    ORGANISATION,
    REFERENT,
    UNNAMED,
    UNNAMED_SOURCE_NOUNS,
    Source,
    source_after,
)
from bot.core.quotes.subjects.clauses import issuing_source


def source_introduced_above(raw: Raw, context: Context, resolver: Resolver) -> tuple[str, str] | None:
    """ "The company said in a statement: ¶ “…”": a paragraph opening with a quotation after a
    paragraph whose last sentence ends in a colon, its verb's subject an organisation or an unnamed
    source (no person): that source's words, as a person's are."""
    if context.lead_in is None or context.before is None or raw.first or not _opens_paragraph(raw):
        return None
    items = context.lead_in
    end = len(items)
    while end and items[end - 1].kind == "punct" and items[end - 1].low in "“\"‘'":
        end -= 1
    if not end:
        return None
    if items[end - 1].low != ":":
        # "In a statement, the Harbor Authority said the plan would not be delayed. ¶ “…”": a
        # paragraph of quoted words alone after a source's reported speech goes on in its voice.
        if not bare_quotation(raw.paragraph.text):
            return None
        return _reported_by_source(items, context, resolver, in_first_person(raw))
    found = [s for _, s in attr.events(items)] or [attr.colon_subject(items)]
    subject = found[-1]
    if not _labelled(subject):
        # "The university released the following statement regarding Lund's comments:": the last
        # verb-like word ("comments") is a person's, inside a phrase; the clause's subject speaks.
        subject = attr.colon_subject(items)
    paragraph = context.before[0]
    if not _labelled(subject) and _role_held_by_no_one(subject, paragraph.number, resolver):
        subject = attr.Subject("other", source=subject.source)  # "The defense minister said: ¶ “…”"
    if not _labelled(subject):
        subject = _presented_from(items, end - 1)  # "Here's more from The Associated Press:"
    if not _labelled(subject):
        return None
    return source_name(paragraph.text, subject.source, paragraph.number, resolver)


def _role_held_by_no_one(subject: attr.Subject | None, paragraph: int, resolver: Resolver) -> bool:
    """A role ("the defense minister") that no person named before it holds or takes up (a prime
    minister named later holds no office the reader has met)."""
    if subject is None or subject.kind != "role" or subject.source is None:
        return False
    holder = resolver.person(subject)
    if holder is not None and resolver.named_before(holder, paragraph, subject.offset):
        return False
    return resolver.role_antecedent(paragraph, subject) is None


def _presented_from(items: list[attr.Item], colon: int) -> attr.Subject | None:
    """ "Here's more about the plan from The Tarrow Gazette:": a body named after "from" right before
    the colon presents the words after it."""
    for at in range(colon - 1, max(0, colon - _PRESENTER_ITEMS), -1):
        if items[at].kind == "word" and items[at].low == "from":
            found = source_after(items, at + 1)
            closes = found is not None and found.end == items[colon - 1].end
            return attr.Subject("other", source=found) if closes and found.kind == ORGANISATION else None
    return None


_PRESENTER_ITEMS = 8  # "from the editorial board of The Harbor Times"


def source_of_sentence_before(
    raw: Raw, left: list[attr.Item], right: list[attr.Item], context: Context, resolver: Resolver
) -> tuple[str, str] | None:
    """ "..., the editorial board writes. “It's a sign of distemper.”": a quotation standing as its
    whole sentence, with no speaker of its own, after a sentence whose last verb of saying belongs to an
    organisation or an unnamed source (also "the spokesman"), or whose subject, such a source, issued
    a statement, goes on in that source's voice (as it would in a person's)."""
    if raw.first == 0 or _worded(left, CONNECTIVES) or _worded(right, frozenset()):
        return None  # "“…,” AG Edwards' Thayer.": words beside it name their own speaker
    sentence = raw.paragraph.sentences[raw.first - 1]
    items = context.items(sentence.start, sentence.end)
    events = [(at, s) for at, s in attr.events(items) if s.kind != "other" or s.source is not None]
    found = [s for at, s in events if not _in_relative_after_another(items, at, events)]
    if not found:
        # "Harbor Bank issued a statement on Monday. “We welcome the ruling.”": the statement's words.
        issuer = issuing_source(items)
        found = [] if issuer is None else [attr.Subject("other", source=issuer)]
    if found and _unnamed_role(found[-1]):
        # "..., the spokesman said. “As they check out ...”": read as the role beside it would be (the
        # spokesman a paragraph introduced, else the role's own label).
        speaker_from(raw, found[-1], left, context, resolver)
        return raw.source
    if not found or not _labelled(found[-1]):
        return None
    return source_name(raw.paragraph.text, found[-1].source, raw.paragraph.number, resolver)


def _worded(items: list[attr.Item], allowed: frozenset[str]) -> bool:
    """Whether `items` hold a mention or a word other than the `allowed` ones."""
    return any(i.kind == "mention" or (i.kind == "word" and i.low not in allowed) for i in items)


def _in_relative_after_another(
    items: list[attr.Item], at: int, events: list[tuple[int, attr.Subject]]
) -> bool:
    """ "“…?” Mr. Krall demanded of a reporter who asked about the prisons.": a verb of a relative
    clause about someone spoken to, after another verb of saying, is not whose voice goes on."""
    relative = at >= 1 and items[at - 1].low in _RELATIVE_PRONOUNS
    return relative and any(other < at for other, _ in events)


_RELATIVE_PRONOUNS = frozenset(("who", "whom"))


def _reported_by_source(
    items: list[attr.Item], context: Context, resolver: Resolver, spoken: bool
) -> tuple[str, str] | None:
    """The organisation or unnamed source whose verb of saying opens a sentence holding no quotation,
    when it reports ("said the plan would not be delayed"), not when it only speaks. An unnamed
    source ("A spokesperson for the agency said ...") only when the words after speak as I or we
    (`spoken`): a bare paragraph of reportage is a document's, not that source's."""
    if any(item.kind == "quote" for item in items):
        return None
    events = [(at, s) for at, s in attr.events(items) if not attr.aside(items, at, s)]
    if not events:
        return _issued_by_body(items, context, resolver)
    if any(s.kind in ("person", "pronoun") for _, s in events):
        return None  # "Feinstein told CNN she wants to know when Russia called to ask": hers, if anyone's
    at, subject = events[0]
    if not _labelled(subject) or subject.source.kind not in _REPORTING_KINDS:
        return None
    if subject.source.kind == UNNAMED and not (spoken and _one_source(items, subject.source)):
        return None
    if at + 1 >= len(items) or items[at + 1].kind == "punct":
        return None  # "..., the company said.": nothing reported after the verb
    paragraph = context.before[0]
    return source_name(paragraph.text, subject.source, paragraph.number, resolver)


_REPORTING_KINDS = frozenset((ORGANISATION, UNNAMED))


def _issued_by_body(items: list[attr.Item], context: Context, resolver: Resolver) -> tuple[str, str] | None:
    """ "The party issued a statement apologizing to Sanders for the emails. ¶ “…”": the words of the
    statement an organisation opening the sentence put out."""
    issuer = issuing_source(items)
    if issuer is None or issuer.kind != ORGANISATION:
        return None
    paragraph = context.before[0]
    return source_name(paragraph.text, issuer, paragraph.number, resolver)


def _one_source(items: list[attr.Item], source: Source) -> bool:
    """ "A spokesperson for ...", "One activist ...": an unnamed source that is one person (never
    "Harbor officials", whose words are many people's)."""
    first = next((item for item in items if item.start >= source.start), None)
    return first is not None and first.low in INDEFINITE


def _labelled(subject: attr.Subject | None) -> bool:
    """An organisation or unnamed source with a phrase of its own (not "it", "they")."""
    return (
        subject is not None
        and subject.kind == "other"
        and subject.source is not None
        and subject.source.kind != REFERENT
    )


def _unnamed_role(subject: attr.Subject) -> bool:
    """ "the spokesman", "the official": a role no one need be named as (one naming a person, "the
    senator", was that person's, and the quotation after it inherited them)."""
    return subject.kind == "role" and subject.source is not None and subject.role in UNNAMED_SOURCE_NOUNS


def _opens_paragraph(raw: Raw) -> bool:
    return not raw.paragraph.text[: max(0, raw.span.start - 1)].strip()


def source_opening_sentence(raw: Raw, left: list[attr.Item], context: Context, resolver: Resolver) -> None:
    """ "The ad targets a “corrupt political system”": a body or writing opening the sentence, as its
    subject, speaks the partial quotation no rule gave anyone (a title is no one's words)."""
    start, _ = sentence_bounds(raw)
    if title_like(raw) or _LISTED_QUOTATION.search(raw.paragraph.text[start : raw.span.start - 1]):
        return  # "terms such as “attack” and “talking points”": a list of words, no one's
    # "Few states signed the Harbor Accord, which legally defines a reef as: “…”": the writing the
    # quotation's relative clause is about speaks, not the states opening the sentence.
    subject = attr.relative_source(left) or attr.opening_source(left)
    if subject is not None:
        speaker_from(raw, subject, left, context, resolver)


# A quotation right after another and a comma, "and" or "or": one item of a list of quoted words.
_LISTED_QUOTATION = re.compile(r"(?:,[”\"]|[”\"],?\s*(?:,|and|or))\s*$")


def source_of_relative_clause(raw: Raw, left: list[attr.Item], context: Context, resolver: Resolver) -> None:
    """ "Few states signed the Harbor Accord, which defines a reef as “Any shelf within ...”": the body
    or writing a relative clause ending in the quotation is about speaks its words, partial or whole."""
    subject = attr.relative_source(left)
    if subject is not None and not title_like(raw):
        speaker_from(raw, subject, left, context, resolver)
