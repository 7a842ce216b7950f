"""A fitted fallback for quotations the attribution rules leave without a speaker.

Each person named near such a quotation is a candidate, scored by a logistic model over a few
features (where they are named, whether they spoke last, a he/she that fits); the best one speaks
it only when the model is sure enough (constants.QUOTE_FALLBACK_MIN, fitted by eval/quotes_fit.py).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from operator import attrgetter

from bot.core import constants
from bot.core.article import Article, Paragraph
from bot.core.language import lexicon as lx
from bot.core.quotes.people import PERSON, PRONOUN, Mention, Quote, Registry
from bot.core.quotes.resolver import opening_pronoun_bars

# The features, in the order of constants.QUOTE_FALLBACK_WEIGHTS.
FEATURES = (
    "sentence_before",  # named in the quotation's sentence, before it
    "sentence_after",  # named in the quotation's sentence, after it
    "paragraph",  # named elsewhere in the quotation's paragraph (outside quotations)
    "previous",  # named in the paragraph before
    "earlier",  # named two paragraphs before
    "last_speaker",  # spoke the latest attributed quotation before it
    "last_near",  # ... and that quotation is in this paragraph or the one before
    "next_speaker",  # speaks the next attributed quotation of this paragraph or the next
    "nearest",  # the person named last before the quotation
    "subject",  # the latest naming before the quotation is a sentence's subject
    "saying",  # a verb of saying next to one of the namings
    "gender_fit",  # a he/she outside quotations in the sentence, of their gender
    "gender_clash",  # a he/she outside quotations in the sentence, of the other gender
    "rivals",  # log(1 + other candidates)
    "only_quoted",  # named near it only inside quotation marks
    "partial",  # the quotation is a fragment inside the writer's sentence
    "mentions",  # log(1 + namings in the whole article)
    "first_subject",  # the first person the quotation's sentence names before it, as its subject
    "adjacent",  # named within a few words before the quotation opens or after it closes
    "alone",  # the quotation is its whole paragraph
    "closeness",  # exp(-words / 10) between the quotation and the nearest naming in its paragraph
    "quote_words",  # log(1 + the quotation's words)
    "title_case",  # most of the quotation's words capitalised (a title, not speech)
)
# Paragraphs looked back for candidates (the quotation's own, and this many before it).
_LOOK_BACK = 2
_SUBJECT_PRONOUNS = frozenset(("he", "she"))
_SAYING_REACH = 3  # tokens on either side of a naming where a verb of saying counts
_ADJACENT_WORDS = 4  # words between a naming and the quotation's mark that still make it adjacent
_CLOSENESS_WORDS = 10.0  # the words over which closeness falls to 1/e
_TITLE_WORDS = 8  # a title-cased quotation longer than this is speech all the same
_ALONE_CHARS = 12  # characters of a paragraph outside its one quotation that still leave it alone
_START = attrgetter("start")  # a token's or mention's offset: the key tokens are bisected by


@dataclass(frozen=True, slots=True)
class Candidate:
    """A person who may have said an unattributed quotation, with the features the model weighs."""

    quote: int  # the quotation's index in the article's quotations
    person: int
    values: tuple[float, ...]


@dataclass(slots=True)
class _Namings:
    """Where one candidate is named around a quotation."""

    places: set[str] = field(default_factory=set)  # sentence_before ... earlier: FEATURES' first five
    outside: bool = False  # named outside quotation marks at least once
    saying: bool = False
    latest: tuple[int, int] | None = None  # (paragraph, offset) of the last naming before the quotation
    latest_subject: bool = False


@dataclass(slots=True)
class _Named:
    """One person's namings outside quotation marks in one paragraph, in text order."""

    starts: list[int] = field(default_factory=list)
    furthest: list[int] = field(default_factory=list)  # the furthest end of the namings up to each
    subjects: list[bool] = field(default_factory=list)  # whether each naming is subject-like
    saying: bool = False  # a verb of saying next to one of them


@dataclass(frozen=True, slots=True)
class _Paragraph:
    """A paragraph's people, read once: each quotation of it (and of the two paragraphs after it)
    bisects these instead of weighing every naming again (a paragraph of stray quotation marks
    holds thousands of quotations and of namings: the square of its length)."""

    named: dict[int, _Named]  # every person named in it; no namings listed: named only in quotations
    outside: list[Mention]  # its person namings outside quotations, in text order
    pronouns: list[Mention]  # its he/she subject pronouns outside quotations, in text order


@dataclass(frozen=True, slots=True)
class _Article:
    """What every quotation's candidates are read from, built once per article."""

    registry: Registry
    quotes: tuple[Quote, ...]
    places: dict[int, tuple[int, int]]  # quotation index -> [start, end) in its paragraph
    spans: dict[int, list[tuple[int, int]]]  # paragraph -> its quotations' spans
    paragraphs: dict[int, Paragraph]
    ids: dict[str, int]  # a person's name -> id
    counts: dict[int, int]  # person id -> namings in the article
    # per quotation: the index of the latest attributed one before it (-1: none) and the first after
    said_before: list[int]
    said_after: list[int]
    # paragraph -> how many word tokens come before each token (and after the last), made when asked
    words_before: dict[int, list[int]] = field(default_factory=dict)
    # paragraph -> its people and namings outside quotations (_Paragraph), made when asked
    people: dict[int, _Paragraph] = field(default_factory=dict)
    # paragraph -> its quotations' starts in order, and the furthest end of those up to each
    reach: dict[int, tuple[list[int], list[int]]] = field(default_factory=dict)
    # paragraph -> its sentences' starts, to find a quotation's sentence by bisection
    sentence_starts: dict[int, list[int]] = field(default_factory=dict)
    # (paragraph, sentence) -> opening_pronoun_bars of it: read once for all its quotations
    bars: dict[tuple[int, tuple[int, int]], tuple[Mention | None, frozenset[int]]] = field(
        default_factory=dict
    )


def candidates(article: Article, registry: Registry, quotes: tuple[Quote, ...]) -> list[Candidate]:
    """Every candidate of every unattributed quotation, quotations in order, people by id."""
    places = _places(article, quotes)
    counts: dict[int, int] = {}
    for mentions in registry.mentions.values():
        for m in mentions:
            if m.kind == PERSON:
                counts[m.ids[0]] = counts.get(m.ids[0], 0) + 1
    spans: dict[int, list[tuple[int, int]]] = {}
    for index, place in sorted(places.items()):
        spans.setdefault(quotes[index].paragraph, []).append(place)
    paragraphs = {p.number: p for p in article.paragraphs}
    ids = {p.name: p.id for p in registry.persons}
    read = _Article(registry, quotes, places, spans, paragraphs, ids, counts, *_attributed_around(quotes))
    found: list[Candidate] = []
    for index, quote in enumerate(quotes):
        if quote.speaker is None and not quote.unclear and quote.paragraph in paragraphs and index in places:
            found.extend(_candidates_of(read, index))
    return found


def _places(article: Article, quotes: tuple[Quote, ...]) -> dict[int, tuple[int, int]]:
    """Each quotation's [start, end) in its paragraph's text, found in order."""
    texts = {p.number: p.text for p in article.paragraphs}
    cursor: dict[int, int] = {}
    places = {}
    for index, quote in enumerate(quotes):
        text = texts.get(quote.paragraph)
        if text is None or not quote.text:
            continue
        at = text.find(quote.text, cursor.get(quote.paragraph, 0))
        if at < 0:
            at = text.find(quote.text)
        if at >= 0:
            places[index] = (at, at + len(quote.text))
            cursor[quote.paragraph] = at + len(quote.text)
    return places


def _attributed_around(quotes: tuple[Quote, ...]) -> tuple[list[int], list[int]]:
    """For each quotation, the index of the latest attributed quotation before it (-1 for none) and
    of the first after it (len(quotes) for none): found once, not by a scan per quotation (a
    paragraph may hold thousands that no rule attributed)."""
    before, latest = [], -1
    for index, quote in enumerate(quotes):
        before.append(latest)
        if quote.speaker is not None:
            latest = index
    after, first = [0] * len(quotes), len(quotes)
    for index in range(len(quotes) - 1, -1, -1):
        after[index] = first
        if quotes[index].speaker is not None:
            first = index
    return before, after


def _people(read: _Article, number: int) -> _Paragraph:
    """The paragraph's people and their namings outside quotations, read once per paragraph (whether
    a naming lies within a quotation's words or marks by the spans' running furthest end)."""
    found = read.people.get(number)
    if found is not None:
        return found
    tokens = read.registry.tokens.get(number, [])
    named: dict[int, _Named] = {}
    outside, pronouns = [], []
    for m in read.registry.mentions.get(number, ()):
        if m.kind == PRONOUN and not _inside(read, number, m):
            at = bisect_left(tokens, m.start, key=_START)
            if at < len(tokens) and tokens[at].start == m.start and tokens[at].low in _SUBJECT_PRONOUNS:
                pronouns.append(m)
        if m.kind != PERSON:
            continue
        person = named.setdefault(m.ids[0], _Named())
        if _inside(read, number, m):
            continue
        outside.append(m)
        person.starts.append(m.start)
        person.furthest.append(max(m.end, person.furthest[-1]) if person.furthest else m.end)
        person.subjects.append(m.subject_like)
        person.saying = person.saying or _saying_near(tokens, m)
    found = read.people[number] = _Paragraph(named, outside, pronouns)
    return found


def _inside(read: _Article, number: int, m: Mention) -> bool:
    """True for a naming within a quotation's words (or its marks): some span starts at most one
    before it and ends at most one before its end, found by bisection of the paragraph's spans."""
    if number not in read.reach:
        spans = sorted(read.spans.get(number, []))
        furthest, reach = [], -1
        for _, end in spans:
            reach = max(reach, end)
            furthest.append(reach)
        read.reach[number] = ([start for start, _ in spans], furthest)
    starts, furthest = read.reach[number]
    at = bisect_right(starts, m.start + 1)
    return at > 0 and m.end <= furthest[at - 1] + 1


def _namings(
    read: _Article, number: int, start: int, end: int, sentence: tuple[int, int]
) -> dict[int, _Namings]:
    """The people named in paragraph `number` (the quotation's, at [start, end)) and the ones before."""
    seen: dict[int, _Namings] = {}
    for n in range(number - _LOOK_BACK, number + 1):
        for person, named in _people(read, n).named.items():
            found = seen.setdefault(person, _Namings())
            if not named.starts:
                continue
            found.outside = True
            found.saying = found.saying or named.saying
            if n < number:
                found.places.add(("earlier", "previous")[n - number + _LOOK_BACK])
                _take_latest(found, n, named, len(named.starts))
            else:
                found.places.update(_own_places(named, start, end, sentence))
                _take_latest(found, n, named, bisect_left(named.starts, start))
    return seen


def _own_places(named: _Named, start: int, end: int, sentence: tuple[int, int]) -> list[str]:
    """Which of FEATURES' places the person is named in within the quotation's own paragraph: its
    sentence before the quotation, after it, or elsewhere (counted by bisection of the namings)."""
    before = _count(named.starts, sentence[0], start)
    after = _count(named.starts, end, sentence[1])
    places = ["sentence_before"] if before else []
    places += ["sentence_after"] if after else []
    return places + (["paragraph"] if len(named.starts) > before + after else [])


def _count(starts: list[int], low: int, high: int) -> int:
    """How many of the sorted `starts` lie in [low, high)."""
    return max(0, bisect_left(starts, high) - bisect_left(starts, low))


def _take_latest(found: _Namings, number: int, named: _Named, upto: int) -> None:
    """Takes the last of the person's first `upto` namings in paragraph `number` as the latest
    before the quotation, if later than the one found (of namings at one offset, the first)."""
    if not upto:
        return
    at = bisect_left(named.starts, named.starts[upto - 1])
    if found.latest is None or (number, named.starts[at]) > found.latest:
        found.latest, found.latest_subject = (number, named.starts[at]), named.subjects[at]


def _said_by_it(before: str, after: str) -> bool:
    """ "In a statement, it added: “…”", "“…,” it said.": the writer gives the words to an "it", a
    body or a writing the rules could not name, never to a person named nearby; so with "The man
    pointed to the door and said: “…”", a sentence whose own unnamed subject says them."""
    said = _IT_SAYS_BEFORE.search(before) or _IT_SAYS_AFTER.match(after) or _UNNAMED_SAYS_BEFORE.match(before)
    return said is not None and said.group(1).casefold() in lx.SPEECH_VERBS


_IT_SAYS_BEFORE = re.compile(r"\b[Ii]t (?:also )?([a-z]+)\W*$")
_IT_SAYS_AFTER = re.compile(r"\W*it (?:also )?([a-z]+)\b")
# A sentence opening with "The", "A" or "An" and written in lower case, no name in it, up to its verb
# of saying and a colon right before the quotation.
_UNNAMED_SAYS_BEFORE = re.compile(r"(?:The|An?) [a-z][a-z ,'’-]*? ([a-z]+):\s*[“\"‘']?$")


def _predicate_quoted(people: _Paragraph, text: str, sentence: tuple[int, int], start: int, end: int) -> bool:
    """ "So doing, Sorrell “exposed the harbor to a serious risk of fire.”": a quotation at [start,
    end) opening in lower case right after a person's name, its sentence's own words holding no verb
    of saying, is the predicate of a sentence about that person, quoted from a charge or a finding;
    not their words, nor those of anyone else nearby."""
    if not text[start : start + 1].islower():
        return False
    at = bisect_left(people.outside, start, key=_START)
    named = people.outside[at - 1] if at else None
    if named is None or named.possessive or named.start < sentence[0]:
        return False
    if _OPENING_MARK.fullmatch(text, named.end, start) is None:
        return False
    writers = _LOWER_WORD.findall(text, sentence[0], named.start) + _LOWER_WORD.findall(
        text, end, sentence[1]
    )
    return not any(word in lx.SPEECH_VERBS for word in writers)


# Only a space and an opening mark between a name and the quotation's first word.
_OPENING_MARK = re.compile(r"\s*[“\"‘']")
_LOWER_WORD = re.compile(r"\b[a-z]+\b")


def _candidates_of(read: _Article, index: int) -> list[Candidate]:
    quote = read.quotes[index]
    number = quote.paragraph
    start, end = read.places[index]
    paragraph = read.paragraphs[number]
    found = _sentence_of(read, paragraph, start)
    sentence = (found.start, found.end) if found else (start, end)
    if _said_by_it(paragraph.text[sentence[0] : start], paragraph.text[end : sentence[1]]):
        return []
    if _predicate_quoted(_people(read, number), paragraph.text, sentence, start, end):
        return []
    seen = _namings(read, number, start, end, sentence)
    last, last_paragraph = _last_speaker(read, index)
    if last is not None and last not in seen and last_paragraph >= number - _LOOK_BACK:
        seen[last] = _Namings(outside=True)
    bars = read.bars.get((number, sentence))
    if bars is None:
        bars = read.bars[number, sentence] = opening_pronoun_bars(read.registry, number, sentence, read.spans)
    opener, barred = bars
    if opener is not None and opener.start < start:
        # "... She said, ‘…’ ” ¶ She “didn’t think there was much to be done.”": the writer's he or
        # she opening the sentence means someone the writer names, never one named only inside
        # another's quoted words.
        seen = {person: named for person, named in seen.items() if person not in barred and named.outside}
    if not seen:
        return []
    following = _next_speaker(read, index)
    latest = max(((s.latest, p) for p, s in seen.items() if s.latest is not None), default=None)
    nearest = latest[1] if latest else None
    tokens = read.registry.tokens.get(number, [])
    people = _people(read, number)
    at = bisect_left(people.outside, sentence[0], key=_START)
    opening = people.outside[at] if at < len(people.outside) and people.outside[at].start < start else None
    first = opening.ids[0] if opening and opening.subject_like and not opening.possessive else None
    counted = _words_before(read, number, tokens)
    adjacent, closeness = set(), {}
    for person, named in people.named.items():
        if named.starts:
            fewest = _fewest_words_between(tokens, counted, named, start, end)
            if fewest <= _ADJACENT_WORDS:
                adjacent.add(person)
            closeness[person] = math.exp(-fewest / _CLOSENESS_WORDS)
    words = quote.text.split()
    capitals = sum(w[:1].isupper() for w in words)
    shared = {
        "rivals": math.log1p(len(seen) - 1),
        "partial": float(quote.partial),
        "alone": float(len(paragraph.text) - (end - start) <= _ALONE_CHARS),
        "quote_words": math.log1p(len(words)),
        "title_case": float(len(words) <= _TITLE_WORDS and capitals * 2 > len(words) + 1),
    }
    pronoun = _pronoun_gender(people, sentence)
    out = []
    for person in sorted(seen):
        named = seen[person]
        gender = read.registry.person(person).gender
        own = {place: 1.0 for place in named.places}
        own |= {
            "last_speaker": float(person == last),
            "last_near": float(person == last and last_paragraph >= number - 1),
            "next_speaker": float(person == following),
            "nearest": float(person == nearest),
            "subject": float(named.latest_subject),
            "saying": float(named.saying),
            "gender_fit": float(pronoun is not None and gender == pronoun),
            "gender_clash": float(pronoun is not None and gender is not None and gender != pronoun),
            "only_quoted": float(not named.outside),
            "mentions": math.log1p(read.counts.get(person, 0)),
            "first_subject": float(person == first),
            "adjacent": float(person in adjacent),
            "closeness": closeness.get(person, 0.0),
        }
        values = {**shared, **own}
        out.append(Candidate(index, person, tuple(values.get(f, 0.0) for f in FEATURES)))
    return out


def _words_before(read: _Article, number: int, tokens) -> list[int]:
    """How many word tokens come before each of the paragraph's tokens (one more entry: all), counted
    once per paragraph: a paragraph may hold thousands of namings, each measured to each quotation."""
    if number not in read.words_before:
        counted = [0]
        for token in tokens:
            counted.append(counted[-1] + token.is_word)
        read.words_before[number] = counted
    return read.words_before[number]


def _fewest_words_between(tokens, counted: list[int], named: _Named, start: int, end: int) -> int:
    """How many words stand between the quotation at [start, end) and the person's nearest naming
    (`counted`: _words_before): the naming ending last before it, or the first starting after it;
    none for a naming that starts before it and ends past its opening."""
    at = bisect_left(named.starts, start)
    fewest = []
    if at:
        if named.furthest[at - 1] > start:
            return 0
        fewest.append(_words_in(tokens, counted, named.furthest[at - 1], start))
    if at < len(named.starts):
        fewest.append(_words_in(tokens, counted, end, named.starts[at]))
    return min(fewest)


def _words_in(tokens, counted: list[int], low: int, high: int) -> int:
    """The words of [low, high): none when the stretch is empty or reversed."""
    # The tokens are in text order: bisection finds the stretch's first and last (none when they cross).
    first, last = bisect_left(tokens, low, key=_START), bisect_left(tokens, high, key=_START)
    return max(0, counted[last] - counted[first])


def _sentence_of(read: _Article, paragraph: Paragraph, offset: int):
    """The paragraph's sentence holding `offset`, if any (found by bisection of their starts)."""
    starts = read.sentence_starts.get(paragraph.number)
    if starts is None:
        starts = read.sentence_starts[paragraph.number] = [s.start for s in paragraph.sentences]
    at = bisect_right(starts, offset) - 1
    found = paragraph.sentences[at] if at >= 0 else None
    return found if found is not None and offset < found.end else None


def _saying_near(tokens, m: Mention) -> bool:
    """A verb of saying within a few words of the naming."""
    at = bisect_left(tokens, m.start, key=_START)
    if at == len(tokens):
        return False
    after = next((i for i in range(at, len(tokens)) if tokens[i].start >= m.end), len(tokens))
    window = tokens[max(0, at - _SAYING_REACH) : at] + tokens[after : after + _SAYING_REACH]
    return any(t.is_word and t.low in lx.SPEECH_VERBS for t in window)


def _last_speaker(read: _Article, index: int) -> tuple[int | None, int]:
    """The person who spoke the latest attributed quotation before `index` (None for an
    organisation or unnamed source) and its paragraph."""
    latest = read.said_before[index]
    if latest < 0:
        return None, 0
    quote = read.quotes[latest]
    return (read.ids.get(quote.speaker) if quote.kind == PERSON else None), quote.paragraph


def _next_speaker(read: _Article, index: int) -> int | None:
    """The person who speaks the next attributed quotation, in this paragraph or the next."""
    here = read.quotes[index].paragraph
    following = read.said_after[index]  # quotations are in text order: none between is further on
    if following == len(read.quotes) or read.quotes[following].paragraph > here + 1:
        return None
    quote = read.quotes[following]
    return read.ids.get(quote.speaker) if quote.kind == PERSON else None


def _pronoun_gender(people: _Paragraph, sentence: tuple[int, int]) -> str | None:
    """The gender of the first he/she outside quotation marks in the sentence, if any (found by
    bisection of the paragraph's, not by reading the sentence's mentions per quotation)."""
    at = bisect_left(people.pronouns, sentence[0], key=_START)
    if at < len(people.pronouns) and people.pronouns[at].start < sentence[1]:
        return people.pronouns[at].gender
    return None


def score(values: tuple[float, ...], weights: tuple[float, ...], bias: float) -> float:
    """A candidate's log-odds against no one of them having said it."""
    return bias + sum(w * v for w, v in zip(weights, values, strict=True))


def choices(scores: list[float]) -> list[float]:
    """Each candidate's probability of being the speaker; the rest is no candidate's."""
    top = max([0.0, *scores])
    odds = [math.exp(u - top) for u in scores]
    return [o / (math.exp(-top) + sum(odds)) for o in odds]


def attribute(article: Article, registry: Registry, quotes: tuple[Quote, ...]) -> tuple[Quote, ...]:
    """`quotes` with each unattributed quotation given its likeliest candidate, when sure enough."""
    if not any(q.speaker is None for q in quotes):
        return quotes
    weights, bias = constants.QUOTE_FALLBACK_WEIGHTS, constants.QUOTE_FALLBACK_BIAS
    by_quote: dict[int, list[Candidate]] = {}
    for c in candidates(article, registry, quotes):
        by_quote.setdefault(c.quote, []).append(c)
    out = list(quotes)
    for index, found in sorted(by_quote.items()):
        shares = choices([score(c.values, weights, bias) for c in found])
        best = max(range(len(found)), key=lambda i: (shares[i], -found[i].person))
        if shares[best] >= constants.QUOTE_FALLBACK_MIN:
            name = registry.person(found[best].person).name
            out[index] = replace(quotes[index], speaker=name, kind=PERSON)
    return tuple(out)
