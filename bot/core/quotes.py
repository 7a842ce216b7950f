"""Direct quotations and who said them, plus the registry of people an article names.

Computed once per article (cached): quotation spans from `quotemarks`, people and mentions
from `people`, speakers from `attribution`; queries are matched by `speakerquery`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from bot.core import attribution as attr
from bot.core import constants
from bot.core import lexicon as lx
from bot.core import quotemarks as qm
from bot.core.article import Article, Paragraph
from bot.core.people import Person, Registry, build_registry
from bot.core.speakerquery import closeness, match, person_words, query_words
from bot.core.text import fold


@dataclass(frozen=True, slots=True)
class Quote:
    """One direct quotation: its words verbatim, where it is, and who said it (None: unattributed)."""

    text: str
    paragraph: int
    sentence: str
    speaker: str | None
    partial: bool = False
    continued: bool = False
    paraphrase: bool = False

    def to_dict(self) -> dict:
        return {"text": self.text, "paragraph": self.paragraph, "sentence": self.sentence}


@dataclass(frozen=True, slots=True)
class Speaker:
    """A person of the article; `quotes` counts their direct quotations."""

    name: str
    aliases: tuple[str, ...] = ()
    role: str | None = None
    quotes: int = 0
    roles: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        return {"name": self.name, "aliases": list(self.aliases), "quotes": self.quotes}


@dataclass(frozen=True, slots=True)
class QuoteResult:
    """The answer to /quote: the person understood, their quotes, or a message and suggestions."""

    query: str
    speaker: Speaker | None
    quotes: tuple[Quote, ...]
    suggestions: tuple[str, ...] = ()
    message: str | None = None
    candidates: tuple[Speaker, ...] = ()
    paraphrases: tuple[Quote, ...] = ()

    def to_dict(self) -> dict:
        speaker = None
        if self.speaker is not None:
            speaker = {"name": self.speaker.name, "aliases": list(self.speaker.aliases)}
        return {
            "query": self.query,
            "speaker": speaker,
            "quotes": [q.to_dict() for q in self.quotes],
            "suggestions": list(self.suggestions),
        }


@dataclass(frozen=True, slots=True)
class SpeakerList:
    speakers: tuple[Speaker, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict:
        return {"speakers": [s.to_dict() for s in self.speakers]}


@dataclass(frozen=True, slots=True)
class _Analysis:
    registry: Registry
    quotes: tuple[Quote, ...]
    paraphrases: tuple[Quote, ...]
    speakers: tuple[Speaker, ...]  # everyone named; quoted people first, most quoted first
    by_name: dict[str, Speaker]
    vocabularies: dict[int, tuple[set[str], set[str]]]

    def match(self, query: str):
        return match(query, self.registry.persons, self.vocabularies)


@lru_cache(maxsize=64)
def _analyse(article: Article) -> _Analysis:
    registry = build_registry(article)
    quotes, paraphrases = _attributed_quotes(article, registry)
    counts: dict[str, int] = {}
    for quote in quotes:
        if quote.speaker is not None:
            counts[quote.speaker] = counts.get(quote.speaker, 0) + 1
    first_quote = {}
    for index, quote in enumerate(quotes):
        first_quote.setdefault(quote.speaker, index)
    people = [_speaker(p, counts.get(p.name, 0)) for p in registry.persons]
    people.sort(key=lambda s: (-s.quotes, first_quote.get(s.name, len(quotes)), _order(registry, s.name)))
    vocabularies = {p.id: person_words(p) for p in registry.persons}
    return _Analysis(registry, quotes, paraphrases, tuple(people), {s.name: s for s in people}, vocabularies)


def _order(registry: Registry, name: str) -> int:
    return next((p.id for p in registry.persons if p.name == name), 0)


def _speaker(person: Person, quotes: int) -> Speaker:
    return Speaker(person.name, tuple(person.aliases), person.role, quotes, tuple(person.roles))


def extract_quotes(article: Article) -> tuple[Quote, ...]:
    """Every direct quotation of the article in order, attributed or not (speaker None)."""
    return _analyse(article).quotes


def extract_paraphrases(article: Article) -> tuple[Quote, ...]:
    """Reported speech by a named person ("Blinken stressed the importance of ..."), in order."""
    return _analyse(article).paraphrases


def list_speakers(article: Article) -> SpeakerList:
    """Who is quoted and how often, most quoted first."""
    return SpeakerList(tuple(s for s in _analyse(article).speakers if s.quotes))


def list_people(article: Article) -> tuple[Speaker, ...]:
    """Everyone the article names, quoted people first."""
    return _analyse(article).speakers


def find_person(article: Article, name: str) -> Speaker | None:
    """The person of the article that `name` refers to (any alias form), quoted or not."""
    analysis = _analyse(article)
    found = analysis.match(name)
    if len(found.people) != 1:
        return None
    return analysis.by_name[found.people[0].name]


def find_quotes(article: Article, query: str) -> QuoteResult:
    """The direct quotations of the person `query` names, or why there are none."""
    analysis = _analyse(article)
    found = analysis.match(query)
    quoted = [s for s in analysis.speakers if s.quotes]
    if not found.people:
        return QuoteResult(query, None, (), _closest(query, quoted), _nobody_message(query))
    if len(found.people) > 1:
        candidates = tuple(analysis.by_name[p.name] for p in found.people)
        candidates = tuple(sorted(candidates, key=lambda s: -s.quotes))
        options = " or ".join(_label(c) for c in candidates)
        message = f"{query!r} could be {options}. Which one? Type the full name."
        return QuoteResult(query, None, (), tuple(c.name for c in candidates), message, candidates)
    speaker = analysis.by_name[found.people[0].name]
    said = tuple(q for q in analysis.quotes if q.speaker == speaker.name)
    reported = tuple(q for q in analysis.paraphrases if q.speaker == speaker.name)
    if said:
        return QuoteResult(query, speaker, said, paraphrases=reported)
    suggestions = _closest(query, quoted)
    message = f"{_label(speaker)} is named in the article but never quoted directly."
    return QuoteResult(query, speaker, (), suggestions, message, paraphrases=reported)


def _nobody_message(query: str) -> str:
    words = query_words(query)
    if words and all(w in lx.PLACES or w in lx.ORG_WORDS or w in lx.DEMONYMS for w in words):
        return f"{query!r} is a place or an organisation, not a person: /quote takes a person's name."
    return f"No one called {query!r} is named in this article."


def _label(speaker: Speaker) -> str:
    return f"{speaker.name} ({speaker.role})" if speaker.role else speaker.name


def _closest(query: str, quoted: list[Speaker]) -> tuple[str, ...]:
    """Quoted people, the ones resembling `query` first, then the most quoted (`quoted`'s order)."""

    def resemblance(speaker: Speaker) -> float:
        score = closeness(query, speaker)
        return score if score >= constants.QUOTE_SUGGESTION_RESEMBLANCE else 0.0

    ranked = sorted(quoted, key=lambda s: -resemblance(s))
    return tuple(s.name for s in ranked[: constants.QUOTE_SUGGESTIONS])


def complete_speakers(article: Article, partial: str, limit: int) -> list[str]:
    """Names for autocomplete, best match first, quoted people before people only named."""
    if limit <= 0:
        return []
    people = _analyse(article).speakers
    words = query_words(partial)
    if not words:
        return [_choice(s.name) for s in people[:limit]]
    ranked = []
    for index, speaker in enumerate(people):
        fit = _prefix_fit(words, speaker)
        if fit > 0:
            ranked.append((-fit, speaker.quotes == 0, index, speaker.name))
    ranked.sort()
    return [_choice(name) for *_, name in ranked[:limit]]


def _prefix_fit(words: list[str], speaker: Speaker) -> float:
    """How well typed words start or resemble the speaker's name, aliases and roles (0-100)."""
    targets = query_words(" ".join((speaker.name, *speaker.aliases, *speaker.roles)))
    total = 0.0
    for word in words:
        best = 0.0
        for target in targets:
            if target.startswith(word):
                best = 100.0
                break
            if len(word) >= 3:
                best = max(best, fuzz.ratio(word, target[: len(word) + 1]), fuzz.ratio(word, target))
        if best < 70:
            return 0.0
        total += best
    return total / len(words)


def _choice(name: str) -> str:
    return (
        name
        if len(name) <= constants.AUTOCOMPLETE_CHOICE_CHARS
        else name[: constants.AUTOCOMPLETE_CHOICE_CHARS - 1] + "…"
    )


# --- building the quotations -------------------------------------------------------------------


@dataclass(slots=True)
class _Raw:
    paragraph: Paragraph
    span: qm.QuoteSpan
    first: int  # index of the sentence holding the opening mark
    last: int  # index of the sentence holding the closing mark
    continued: bool = False
    speaker: int | None = None
    own: bool = False  # attributed by its own sentence, not inherited


def _attributed_quotes(article: Article, registry: Registry) -> tuple[tuple[Quote, ...], tuple[Quote, ...]]:
    body = [p for p in article.paragraphs if is_speech_source(p)]
    singles = qm.uses_single_marks([p.text for p in body])
    raws_of = {p.number: _raw_quotes(p, singles) for p in body}
    ranges = {n: [(r.span.start, r.span.end) for r in raws] for n, raws in raws_of.items()}
    bounds = {p.number: tuple((x.start, x.end) for x in p.sentences) for p in body}
    resolver = attr.Resolver(registry, [p.number for p in body], ranges, bounds)
    previous: list[_Raw] = []
    for paragraph in body:
        raws = raws_of[paragraph.number]
        opener = qm.starts_with_opener(paragraph.text, singles)
        if raws and previous and previous[-1].span.open_end and opener:
            raws[0].continued = True
        mentions = {m.start: m for m in registry.mentions.get(paragraph.number, ())}
        tokens = registry.tokens[paragraph.number]
        for index, raw in enumerate(raws):
            context = (tokens, mentions, ranges[paragraph.number])
            _attribute(raw, raws[index - 1] if index else None, previous, context, resolver)
            if raw.speaker is not None:
                resolver.last_speaker = (raw.speaker, paragraph.number)
        previous = raws
    _carry_back(raws_of)
    quotes = _unique(
        Quote(
            text=qm.inner_text(raw.paragraph.text, raw.span),
            paragraph=raw.paragraph.number,
            sentence=_sentence_text(raw),
            speaker=registry.person(raw.speaker).name if raw.speaker is not None else None,
            partial=raw.continued is False and _is_partial(raw),
            continued=raw.continued,
        )
        for paragraph in body
        for raw in raws_of[paragraph.number]
    )
    paraphrases = _paraphrases(body, raws_of, registry, resolver)
    return quotes, paraphrases


def is_speech_source(paragraph: Paragraph) -> bool:
    """Body text, or a long "caption": corpus articles run captions and story into one line."""
    if paragraph.duplicate_of is not None:
        return False
    return paragraph.is_body or (
        paragraph.is_caption and len(paragraph.sentences) >= constants.RUN_ON_CAPTION_SENTENCES
    )


def _raw_quotes(paragraph: Paragraph, singles: bool) -> list[_Raw]:
    text = paragraph.text
    raws = []
    for span in qm.find_spans(text, singles):
        if qm.is_label(text, span):
            continue
        first = _sentence_index(paragraph, span.start - 1)
        if paragraph.sentences and paragraph.sentences[first].duplicate_of is not None:
            continue
        last = _sentence_index(paragraph, max(span.start, span.end - 1))
        raws.append(_Raw(paragraph, span, first, last, continued=span.continued))
    return raws


def _sentence_index(paragraph: Paragraph, offset: int) -> int:
    for index, sentence in enumerate(paragraph.sentences):
        if offset < sentence.end:
            return index
    return max(0, len(paragraph.sentences) - 1)


def _bounds(raw: _Raw) -> tuple[int, int]:
    sentences = raw.paragraph.sentences
    if not sentences:
        return 0, len(raw.paragraph.text)
    return sentences[raw.first].start, sentences[raw.last].end


def _sentence_text(raw: _Raw) -> str:
    start, end = _bounds(raw)
    end = max(end, min(len(raw.paragraph.text), raw.span.end + 1))
    return raw.paragraph.text[start:end].strip()


def _is_partial(raw: _Raw) -> bool:
    start, _ = _bounds(raw)
    return qm.is_partial(raw.paragraph.text, raw.span, raw.paragraph.text[start : raw.span.start - 1])


def _attribute(
    raw: _Raw, before: _Raw | None, previous: list[_Raw], context, resolver: attr.Resolver
) -> None:
    """Set raw.speaker from its own sentence, else from the quotation it continues."""
    tokens, mentions, ranges = context
    start, end = _bounds(raw)
    same_sentence = before is not None and before.last == raw.first
    left_start = before.span.end + 1 if same_sentence else start
    following = next((a for a, _ in ranges if a > raw.span.end), None)
    right_end = min(end, following - 1) if following is not None else end
    left = attr.items_between(tokens, mentions, ranges, left_start, max(left_start, raw.span.start - 1))
    right = attr.items_between(tokens, mentions, ranges, raw.span.end + 1, max(raw.span.end, right_end))
    subject = attr.immediate_event(right)
    if subject is None:
        found = attr.events(left)
        subject = found[-1][1] if found else None
    if subject is None:
        found = attr.events(right)
        subject = found[0][1] if found and _ends_soon(right, found[0][0]) else None
    if subject is not None:
        raw.speaker, raw.own = resolver.person(subject), True
        return
    raw.speaker = _inherited(raw, before, previous, left, same_sentence, context, resolver)


def _ends_soon(items, verb: int) -> bool:
    """`..., he told reporters.`: a verb of saying with no clause of its own after it."""
    tail = [i for i in items[verb + 1 :] if i.kind in ("word", "mention")]
    return len(tail) <= constants.ATTRIBUTION_TAIL_WORDS


def _inherited(
    raw: _Raw, before: _Raw | None, previous: list[_Raw], left, same_sentence: bool, context, resolver
) -> int | None:
    """`“A,” X said. “B.”`, a second quote in X's sentence, or X's quote running on a paragraph."""
    if same_sentence or (raw.continued and before is not None):
        return before.speaker if before is not None else None
    if raw.continued and previous:
        return previous[-1].speaker
    standalone = not any(i.kind in ("word", "mention") for i in left)
    if not standalone:
        return None
    if before is not None:
        return before.speaker if before.last + 1 >= raw.first else None
    if raw.first > 0:
        return _introduced_by(raw, context, resolver)
    if previous and _ends_paragraph(previous[-1]):
        return previous[-1].speaker
    return None


def _introduced_by(raw: _Raw, context, resolver: attr.Resolver) -> int | None:
    """`X warned that the deck needed work. “If we wait ...”`: the sentence before speaks for X."""
    tokens, mentions, ranges = context
    sentence = raw.paragraph.sentences[raw.first - 1]
    items = attr.items_between(tokens, mentions, ranges, sentence.start, sentence.end)
    found = [subject for _, subject in attr.events(items)]
    if not found or found[-1].kind == "other":
        return None
    return resolver.person(found[-1])


def _carry_back(raws_of: dict[int, list[_Raw]]) -> None:
    """A quotation running on to the next paragraph is one speaker's: share a speaker found late."""
    ordered = [raw for raws in raws_of.values() for raw in raws]
    for index in range(len(ordered) - 1, 0, -1):
        raw, before = ordered[index], ordered[index - 1]
        if raw.continued and before.speaker is None and raw.speaker is not None and before.span.open_end:
            before.speaker = raw.speaker


def _ends_paragraph(raw: _Raw) -> bool:
    return raw.last >= len(raw.paragraph.sentences) - 1


def _has_single_quote(text: str) -> bool:
    """True for a sentence quoting with single marks ('We will win,' he said), not a paraphrase."""
    return bool(_SINGLE_QUOTED.search(text))


_SINGLE_QUOTED = re.compile(r"(?:^|[\s(])['’][A-Z]|[,.!?]['’](?:\s|$)")


def _unique(quotes) -> tuple[Quote, ...]:
    """Drop a quotation repeated by the same speaker (a lede echoed further down)."""
    seen = set()
    kept = []
    for quote in quotes:
        key = (quote.speaker, fold(quote.text))
        if key in seen:
            continue
        seen.add(key)
        kept.append(quote)
    return tuple(kept)


def _paraphrases(body, raws_of, registry: Registry, resolver: attr.Resolver) -> tuple[Quote, ...]:
    """Sentences without quotation marks whose subject, a named person, reports something."""
    found = []
    for paragraph in body:
        mentions = {m.start: m for m in registry.mentions.get(paragraph.number, ())}
        tokens = registry.tokens[paragraph.number]
        quoted = [(r.span.start, r.span.end) for r in raws_of[paragraph.number]]
        for sentence in paragraph.sentences:
            if sentence.duplicate_of is not None or any(
                sentence.start <= a < sentence.end for a, _ in quoted
            ):
                continue
            if any(ch in sentence.text for ch in '“”"‘') or _has_single_quote(sentence.text):
                continue
            items = attr.items_between(tokens, mentions, quoted, sentence.start, sentence.end)
            for index, subject in attr.events(items):
                verb = items[index].low
                if (verb not in lx.PARAPHRASE_VERBS and verb != "according") or subject.kind == "other":
                    continue
                person = resolver.person(subject)
                if person is not None:
                    name = registry.person(person).name
                    found.append(Quote(sentence.text, paragraph.number, sentence.text, name, paraphrase=True))
                    break
    return tuple(found)
