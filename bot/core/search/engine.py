"""Paragraph search for `lookup`: every query word first, corrections named, every hit counted.

Passages (paragraphs, or sentence windows of long ones) rank as Meilisearch and Typesense rank
documents: query words matched, typos, proximity, exactness, BM25, then article order.
"""

from __future__ import annotations

import bisect
import heapq
import itertools
import re
from collections import defaultdict
from dataclasses import dataclass, replace

from rapidfuzz.distance import OSA

from bot.core import constants
from bot.core.article import Article
from bot.core.language.text import GROUPED_NUMBER
from bot.core.search.correction import Searched, resolve
from bot.core.search.index import (
    ArticleIndex,
    ParagraphEntry,
    TermMatch,
    build_index,
    normalise,
    raw_tokens,
)
from bot.core.search.query import QueryWord, paragraph_references, parse_query, scoped_reference
from bot.core.search.windows import ELLIPSIS, bounds, excerpt, windows

# Matched words are wrapped in these marks; shells turn them into bold or colour.
MARK_START = "\u0002"
MARK_END = "\u0003"

# How good a kind of match is, best first: the exactness criterion.
_KIND_RANK = {"exact": 0, "stem": 1, "family": 2, "prefix": 3, "typo": 4}


@dataclass(frozen=True, slots=True)
class LookupHit:
    paragraph: int
    text: str
    marked: str
    score: float
    is_caption: bool = False
    phrase: bool = False

    def to_dict(self) -> dict:
        return {"paragraph": self.paragraph, "text": self.text, "score": round(self.score, 4)}


@dataclass(frozen=True, slots=True)
class LookupResult:
    query: str
    hits: tuple[LookupHit, ...]
    suggestions: tuple[str, ...] = ()
    total: int = 0  # every matching passage, not only those in `hits`
    start: int = 0  # the place of hits[0] among them
    words: tuple[Searched, ...] = ()  # the words searched, in query order
    ignored: tuple[str, ...] = ()  # words that match nothing, left out
    reference: int | None = None  # the paragraph number asked for with "¶9"
    message: str = ""  # why there is nothing to show, when a reason beats "nothing matches"
    whole: bool = False  # the hits are paragraphs asked for by number ("¶6", "¶1 ¶2"): shown whole

    @property
    def corrected(self) -> str | None:
        """The query as searched, when a word of it was corrected."""
        return " ".join(w.searched for w in self.words) if any(w.corrected for w in self.words) else None

    @property
    def searched(self) -> str:
        """What the title echoes: the words actually searched; the query as typed when they are its
        own words ("£80,000", "Hartley & Sons", not "80 000", "Hartley Sons")."""
        if not self.words or (not self.corrected and not self.ignored):
            return " ".join(self.query.split())
        return " ".join(w.searched for w in self.words)

    @property
    def end(self) -> int:
        return self.start + len(self.hits)

    def to_dict(self) -> dict:
        return {
            "query": self.query,
            "results": [h.to_dict() for h in self.hits],
            "total": self.total,
            "corrected": self.corrected,
            "ignored": list(self.ignored),
        }


@dataclass(slots=True)
class _Passage:
    """A candidate: a paragraph or a window of one, with its ranking evidence."""

    entry: ParagraphEntry
    low: int  # word range of the paragraph it covers
    high: int
    matched: dict[int, set[str]]  # query word number -> the terms it matched here
    start: int = 0  # its characters in the paragraph's text (a window's are whole sentences)
    end: int = -1
    key: tuple = ()
    bm25: float = 0.0
    phrases: tuple[tuple[int, int], ...] = ()


def lookup(article: Article, query: str, limit: int, start: int = 0) -> LookupResult:
    """The passages best matching `query`, `limit` of them from `start`, and how many match in all."""
    result = _lookup(article, query, limit, start)
    if not result.hits or result.whole:
        return result
    hits = tuple(replace(hit, marked=_marks_widened(hit.marked, query)) for hit in result.hits)
    return replace(result, hits=hits)


def _lookup(article: Article, query: str, limit: int, start: int) -> LookupResult:
    references = paragraph_references(query)
    if references is not None and len(references) == 1:
        return _paragraph(article, query, references[0])
    if references is not None:
        return _paragraphs(article, query, references, limit, start)
    scoped = scoped_reference(query)
    if scoped is not None:
        return _within_paragraph(article, query, *scoped)
    index = build_index(article)
    query = _grouped_as_written(index, query)
    unwritten = _unwritten_numbers(index, query)
    if unwritten:
        return _without_numbers(article, query, unwritten, limit, start)
    abbreviation = _abbreviation_search(index, query, limit, start)
    if abbreviation is not None:
        return abbreviation
    parsed = parse_query(index, query)
    content = [w for w in parsed if not w.is_stopword]
    if not content:
        return LookupResult(query, (), message=_too_common(query))
    resolved = resolve(index, content)
    if not resolved.words:
        if _only_in_headline(article, content):
            return LookupResult(query, (), message=_headline_only(query))
        return LookupResult(query, (), resolved.suggestions, ignored=resolved.ignored)
    phrase = _as_phrase(index, _phrase_words(parsed, resolved.words)) if not resolved.ignored else []
    words = [w for w in phrase if not w.is_stopword] or resolved.words
    typed = _written_as_typed(query, index)
    allowed = set() if typed is None else {i for i, e in enumerate(index.paragraphs) if typed.search(e.text)}
    # An acronym the article never writes in capitals is searched as a word ("WHO" may mean who).
    if typed is not None and (allowed or not _ACRONYM.fullmatch(query.strip())):
        ranked = rank(index, words, phrase, start + limit, allowed)
        return _as_typed(query, typed, ranked, limit, start, len(index.paragraphs) > 1)
    passages, total = rank(index, words, phrase, start + limit)
    groups, total = _by_paragraph(passages, total, len(index.paragraphs) > 1)
    hits = tuple(_hit_of(g) for g in groups[start : start + limit])
    return LookupResult(query, hits, resolved.suggestions, total, start, resolved.searched, resolved.ignored)


def _marks_widened(marked: str, query: str) -> str:
    """Marks taking in the signs typed with the words they hold: "R-Calif." marked "R-Calif." and not
    "R-Calif" before its dot, "$3.6 billion" with its dollar sign. Words are indexed without them, so
    their marks stopped short of what the reader typed; a sign the query does not hold stays out."""
    typed = query.casefold()
    parts = re.split(f"({MARK_START}[^{MARK_END}]*{MARK_END})", marked)
    for i in range(1, len(parts), 2):
        inner = parts[i][1:-1]
        before, after = parts[i - 1], parts[i + 1]
        while before and _is_sign(before[-1]) and (before[-1] + inner).casefold() in typed:
            inner, before = before[-1] + inner, before[:-1]
        while after and _is_sign(after[0]) and (inner + after[0]).casefold() in typed:
            inner, after = inner + after[0], after[1:]
        parts[i - 1], parts[i], parts[i + 1] = before, MARK_START + inner + MARK_END, after
    return "".join(parts)


def _is_sign(char: str) -> bool:
    """A sign written on a word ("." of "Calif.", "$", "£", "%", "#"); not punctuation between words."""
    return not char.isalnum() and not char.isspace() and char not in _BETWEEN_WORDS


# Punctuation that separates words rather than belonging to one: a mark never takes it in.
_BETWEEN_WORDS = frozenset(",;:!?\"'“”‘’()[]{}«»…—–-/" + MARK_START + MARK_END)


def _as_typed(
    query: str, typed: re.Pattern, ranked: tuple[list[_Passage], int], limit: int, start: int, several: bool
) -> LookupResult:
    """The passages of paragraphs holding the query as typed, with only it marked."""
    groups, total = _by_paragraph(*ranked, several)
    hits = []
    for group in groups[start : start + limit]:
        hit = _hit_of(group)
        spans = [found.span() for found in typed.finditer(hit.text)]
        hits.append(replace(hit, marked=mark_spans(hit.text, spans)))
    return LookupResult(query, tuple(hits), total=total, start=start)


def _unwritten_numbers(index: ArticleIndex, query: str) -> list[str]:
    """The numbers of a query of several words that are written in parts ("$21.3", "10,000", "2-1")
    and that no paragraph writes: searched as words, their parts matched any 21 and 3 ("$21.3 billion"
    listed "Item 21" and "Fig. 3" with “billion” said missing)."""
    tokens = query.split()
    if len(tokens) < 2:
        return []
    found = []
    for token in tokens:
        if not (
            _DECIMAL.fullmatch(token)
            or _MONEY.fullmatch(token)
            or GROUPED_NUMBER.fullmatch(token)
            or _NUMBER_PAIR.fullmatch(token)
        ):
            continue
        written = _written_as_typed(token, index)
        if written is not None and not any(written.search(entry.text) for entry in index.paragraphs):
            found.append(token)
    return found


def _without_numbers(
    article: Article, query: str, numbers: list[str], limit: int, start: int
) -> LookupResult:
    """The lookup of the query's other words, the numbers named as matching nothing."""
    rest = " ".join(token for token in query.split() if token not in numbers)
    result = lookup(article, rest, limit, start)
    ignored = (*numbers, *result.ignored)
    if not result.hits and not result.total:  # "Nothing in the article matches" what was typed
        return LookupResult(query, (), result.suggestions, ignored=ignored)
    words = result.words or tuple(Searched(word, word) for word in rest.split())
    return replace(result, query=query, words=words, ignored=ignored)


def _written_as_typed(query: str, index: ArticleIndex | None = None) -> re.Pattern | None:
    """How a query that must match as typed is written: one number, alone ("2", not the 2 of "3.2%"),
    with thousands separators ("10,000", indexed as "10" and "000"), a decimal or a time ("8.4%",
    "£1.42bn", "18:15", indexed as two numbers, so that "8.4" found the 4 of "4.6%") or one acronym in
    capitals ("WHO", not the pronoun)."""
    typed = query.strip()
    if GROUPED_NUMBER.fullmatch(typed) or _NUMBER_PAIR.fullmatch(typed) or _WHOLE_NUMBER.fullmatch(typed):
        return _number_as_written(typed)  # "2" is not the 2 of "3.2%" or "2.6%"
    # "£40,000" is "£40,000" where written so, else the number alone ("40,000 pounds"); searched as
    # words, its "000" matched the 000 of "12,000".
    if (parts := _DECIMAL.fullmatch(typed) or _MONEY.fullmatch(typed)) is not None:
        whole = _number_as_written(typed, re.IGNORECASE)
        # "8.4%" of an article writing "8.4 per cent": the number alone, when it is not written whole.
        if index is None or any(whole.search(entry.text) for entry in index.paragraphs):
            return whole
        return _number_as_written(parts.group("number"))
    if _ACRONYM.fullmatch(typed):
        return re.compile(rf"\b{typed}\b")
    return None


def _abbreviation_search(index: ArticleIndex, query: str, limit: int, start: int) -> LookupResult | None:
    """An abbreviation ("U.S.", "a.m.", "UN") looked up as itself, dotted or not: the tokenizer splits
    "U.S." into letters, so a word search found every "U" (of "U.N.", of "U-boat"). None for any other
    query, and for an acronym in capitals the article never writes so ("WHO" may mean who)."""
    tokens = [part for token in query.split() for part in _hyphened(token)]
    cores = [_abbreviation_in(token) for token in tokens]
    if len(tokens) != 1 or cores[0] is None:
        return _abbreviations_among_words(index, query, tokens, cores, limit, start)
    typed = cores[0]  # "U.S." of "U.S.," or "(U.S.)"
    dotted = _DOTTED.fullmatch(typed) is not None
    abbreviation = _abbreviation_written(index, typed)
    if not abbreviation.allowed and not dotted:
        return None
    word = _abbreviation_word(index, abbreviation)
    ranked = rank(index, [word], [word], start + limit, abbreviation.allowed)
    return _as_typed(query, abbreviation.pattern, ranked, limit, start, len(index.paragraphs) > 1)


def _hyphened(token: str) -> list[str]:
    """ "U.S.-made" as the abbreviation and its word ("U.S.", "made"): searched as words, its letters
    matched every "U"; any other token as it is."""
    found = _DOTTED_HYPHENED.fullmatch(token)
    return [found.group(1), found.group(2)] if found else [token]


def _hyphened_whole(query: str, word: str) -> str:
    """The typed word holding `word` after an abbreviation's hyphen ("U.N.-backed" for "backed"),
    else `word`: "No paragraph mentions “backed”" named a word the reader never typed alone."""
    for token in query.split():
        found = _DOTTED_HYPHENED.fullmatch(token)
        if found and found.group(2).casefold() == word.casefold():
            return token
    return word


def _abbreviation_in(token: str) -> str | None:
    """The abbreviation a query word is ("U.S." of "U.S.", "U.S.,", "(U.S.)", "U.S.'s"), else None."""
    core = _POSSESSIVE.sub("", token.strip(_OPENING_MARKS).rstrip(_CLOSING_MARKS))
    return core if _DOTTED.fullmatch(core) or _ACRONYM.fullmatch(core) else None


@dataclass(frozen=True, slots=True)
class _Abbreviation:
    """An abbreviation of the query: as typed, its letters ("US" of "U.S."), its pattern, and the
    paragraphs writing it."""

    typed: str
    letters: str
    pattern: re.Pattern
    allowed: frozenset[int]


def _abbreviation_written(index: ArticleIndex, typed: str) -> _Abbreviation:
    letters = typed.replace(".", "")
    pattern = _abbreviation_pattern(letters)
    allowed = frozenset(i for i, entry in enumerate(index.paragraphs) if pattern.search(entry.text))
    return _Abbreviation(typed, letters, pattern, allowed)


def _abbreviation_word(index: ArticleIndex, abbreviation: _Abbreviation) -> QueryWord:
    """The abbreviation as one query word: "U.S." is indexed as "u" and "s", "US" as "us", and every
    paragraph writing it holds one of these, each searched only if the article writes its form, as
    it ranks by it ("a" would rank "AP")."""
    letters, pattern = abbreviation.letters, abbreviation.pattern
    written = {
        "." in found.group()
        for i in abbreviation.allowed
        for found in pattern.finditer(index.paragraphs[i].text)
    }
    forms = [form for form, dots in ((letters.lower(), False), (letters[0].lower(), True)) if dots in written]
    matches = tuple(TermMatch(form, 1.0, "exact") for form in forms if form in index.vocabulary.df)
    return QueryWord(letters.lower(), matches, False, abbreviation.typed)


def _abbreviations_among_words(
    index: ArticleIndex, query: str, tokens: list[str], cores: list[str | None], limit: int, start: int
) -> LookupResult | None:
    """A query of words and abbreviations the article writes ("U.S. officials", "U.S. and U.N.
    officials"): the paragraphs writing the most of them first, ranked by the other words too, then
    those holding only the other words, with only the abbreviations and those words marked. Searched
    as words, their letters matched every "U" ("The U.N. officials" ranked second, a "U-boat" paragraph
    third). A dotted one no paragraph writes is left out and named ("U.K."). None for any other query."""
    found: dict[str, _Abbreviation] = {}
    unwritten: list[str] = []
    words: list[str] = []
    for token, core in zip(tokens, cores, strict=True):
        abbreviation = None if core is None else _abbreviation_written(index, core)
        if abbreviation is not None and abbreviation.allowed:
            found.setdefault(abbreviation.letters.upper(), abbreviation)
        elif core is not None and _DOTTED.fullmatch(core):
            unwritten.append(core)
        else:  # a word, or capitals the article never writes so ("WHO" may mean who)
            words.append(token)
    if not found and not unwritten:
        return None
    others = [w for w in parse_query(index, " ".join(words)) if not w.is_stopword]
    if not found and not others:  # "U.K." and stop words: nothing of it is written
        return LookupResult(query, (), ignored=tuple(unwritten))
    if (
        len(found) == 1 and not others and not unwritten
    ):  # "the U.S.": the abbreviation alone, echoed as typed
        alone = next(iter(found.values())).typed
        return replace(_abbreviation_search(index, alone, limit, start), query=query)
    resolved = resolve(index, others)
    groups, total = _abbreviation_groups(index, list(found.values()), resolved.words, start + limit)
    hits = tuple(
        _marked_abbreviation(_hit_of(group), found.values()) for group in groups[start : start + limit]
    )
    searched = sorted(
        [*resolved.searched, *(Searched(a.typed, a.typed) for a in found.values())],
        key=lambda w: _place(tokens, w.typed),
    )
    named = dict.fromkeys(_hyphened_whole(query, word) for word in (*unwritten, *resolved.ignored))
    ignored = tuple(word for word in named if not any(other.startswith(f"{word}-") for other in named))
    if not hits and not total and not found:
        return LookupResult(query, (), resolved.suggestions, ignored=ignored)
    return LookupResult(query, hits, resolved.suggestions, total, start, tuple(searched), ignored)


def _abbreviation_groups(
    index: ArticleIndex, found: list[_Abbreviation], words: list[QueryWord], needed: int
) -> tuple[list[list[_Passage]], int]:
    """The paragraphs writing all the abbreviations, then fewer of them, each tier ranked by them and
    the other words; then those holding only the other words (a word search's order)."""
    several = len(index.paragraphs) > 1
    own = [_abbreviation_word(index, abbreviation) for abbreviation in found]
    writing: dict[int, int] = defaultdict(int)
    for abbreviation in found:
        for position in abbreviation.allowed:
            writing[position] += 1
    groups: list[list[_Passage]] = []
    total = 0
    for count in range(len(found), 0, -1):
        tier = {position for position, n in writing.items() if n == count}
        if tier:
            more, more_total = _by_paragraph(*rank(index, [*own, *words], [], needed, tier), several)
            groups, total = groups + more, total + more_total
    if words:
        rest = set(range(len(index.paragraphs))) - set(writing)
        more, more_total = _by_paragraph(*rank(index, words, [], needed, rest), several)
        groups, total = groups + more, total + more_total
    return groups, total


def _place(tokens: list[str], typed: str) -> int:
    """Where a word searched stands in the query, for the echo ("U.S. officials", not "officials U.S.")."""
    return next((i for i, token in enumerate(tokens) if typed in token), len(tokens))


def _marked_abbreviation(hit: LookupHit, found) -> LookupHit:
    """`hit` with the abbreviations marked whole where the article writes them, and no mark on their
    letters elsewhere (the "U" of "U.N.", of "U-boat"); the other words keep theirs."""
    own = {form for a in found for form in (a.letters.lower(), a.letters[0].lower())}
    spans: list[tuple[int, int]] = []
    plain: list[str] = []
    at = 0
    for part in re.split(f"({MARK_START}[^{MARK_END}]*{MARK_END})", hit.marked):
        text = part.strip(MARK_START + MARK_END)
        if part.startswith(MARK_START) and text.casefold() not in own:
            spans.append((at, at + len(text)))
        plain.append(text)
        at += len(text)
    text = "".join(plain)
    spans += [match.span() for a in found for match in a.pattern.finditer(text)]
    return replace(hit, marked=mark_spans(text, spans))


def _abbreviation_pattern(letters: str) -> re.Pattern:
    """The abbreviation of these letters written with a dot after each ("U.S.", "u.s.", "U.S" at the
    end of a sentence) or, in capitals only, without ("US", never the pronoun "us"); never a longer
    one ("U.S.A.", "USA")."""
    dotted = r"\.".join(map(re.escape, letters))
    return re.compile(rf"(?<![\w.])(?:(?i:{dotted})\.?|{re.escape(letters.upper())})(?!\.?\w)")


def _number_as_written(number: str, flags: int = 0) -> re.Pattern:
    """`number` standing alone: "10,000" not inside "110,000" or "10,000.5"."""
    return re.compile(rf"(?<![\d,.:]){re.escape(number)}(?!\d|[,.:]\d)", flags)


_ACRONYM = re.compile(r"[A-Z]{2,}")
_DOTTED_HYPHENED = re.compile(r"((?:[^\W\d_]\.){2,8})[-–](\w[\w-]*)")
# Marks a query word may carry around an abbreviation ("U.S.,", "(U.N.)", "“EU”"), and its possessive.
_OPENING_MARKS = "([{\"'“‘«"
_CLOSING_MARKS = ",;:!?)]}\"'”’»"
_POSSESSIVE = re.compile(r"['’]s$")
# An abbreviation written with dots: "U.S.", "a.m.", "D.C", each a letter (at most eight).
_DOTTED = re.compile(r"[^\W\d_](?:\.[^\W\d_]){1,7}\.?")
# A score or a ratio ("2-1", "5-4"): indexed as its two numbers, it would match "21" or any 2 and 1.
_NUMBER_PAIR = re.compile(r"\d{1,3}[-–]\d{1,3}")
# A number with a decimal point or a time's colon, with a currency sign before it or a unit after it.
_DECIMAL = re.compile(r"[£$€¥]?(?P<number>\d[\d,]*(?:[.:]\d+)+)(?:%|[a-zA-Z]{1,3})?")
# An amount of money in whole units: "£40,000", "$5".
_MONEY = re.compile(r"[£$€¥](?P<number>\d{1,3}(?:,\d{3})+|\d+)")
_UNGROUPED = re.compile(r"\d{4,}")
_WHOLE_NUMBER = re.compile(r"[0-9]+")


def _grouped_as_written(index: ArticleIndex, query: str) -> str:
    """ "6412" as the article writes it, "6,412", when it writes it only so; else the query."""
    typed = query.strip()
    if not _UNGROUPED.fullmatch(typed) or typed in index.vocabulary.df:
        return query
    grouped = f"{int(typed):,}"
    written = _number_as_written(grouped)
    return grouped if any(written.search(entry.text) for entry in index.paragraphs) else query


def _only_in_headline(article: Article, content: list[QueryWord]) -> bool:
    """Every word looked up is a word of the headline, which no paragraph holds: shown atop each reply,
    it would make "Nothing in the article matches" read as a mistake."""
    if not article.has_headline:
        return False
    headline = {term for found in raw_tokens(article.title) for term in normalise(found.group(0))}
    return all(word.word in headline for word in content)


def _headline_only(query: str) -> str:
    return f"Only the headline mentions “{query}”: no paragraph of the article does."


def _too_common(query: str) -> str:
    return f"“{query}” is too common to look up: add a name, a place or a subject."


def no_paragraph(number: int, last: int) -> str:
    """What a reference to a paragraph the article lacks is told: the range it has ("numbered 1 to 1"
    would be a range of one)."""
    if last == 1:
        return f"The article has no paragraph {number}: it is one paragraph, ¶1."
    return f"The article has no paragraph {number}: its paragraphs are numbered 1 to {last}."


def _paragraph(article: Article, query: str, number: int) -> LookupResult:
    """The paragraph a reference names, whole; a message when the article has no such paragraph."""
    found = next((p for p in article.paragraphs if p.number == number), None)
    if found is None:
        last = article.paragraphs[-1].number if article.paragraphs else 0
        return LookupResult(query, (), reference=number, message=no_paragraph(number, last))
    hit = LookupHit(found.number, found.text, found.text, 1.0, found.is_caption)
    return LookupResult(query, (hit,), total=1, reference=number, whole=True)


def _within_paragraph(article: Article, query: str, number: int, words: str) -> LookupResult:
    """ "¶3 shutdown": the words looked for in that paragraph alone, marked there; a message when the
    article has no such paragraph or the paragraph does not hold them."""
    if not any(p.number == number for p in article.paragraphs):
        return _paragraph(article, query, number)
    found = _lookup(article, words, len(article.paragraphs), 0)
    hits = tuple(hit for hit in found.hits if hit.paragraph == number)
    if not hits:
        message = (
            found.message
            or f"¶{number} doesn't mention “{words}”. Try /lookup {words} for the whole article."
        )
        return LookupResult(query, (), reference=number, message=message)
    return replace(found, query=query, hits=hits[:1], total=1, start=0, reference=number)


def _paragraphs(
    article: Article, query: str, numbers: tuple[int, ...], limit: int, start: int
) -> LookupResult:
    """The paragraphs several references name ("¶1 ¶2"), whole, in the order typed; the message names
    those the article lacks."""
    by_number = {p.number: p for p in article.paragraphs}
    found = [by_number[n] for n in numbers if n in by_number]
    hits = tuple(LookupHit(p.number, p.text, p.text, 1.0, p.is_caption) for p in found)
    missing = [n for n in numbers if n not in by_number]
    message = no_paragraphs(missing, article.paragraphs[-1].number if article.paragraphs else 0)
    if hits and not hits[start : start + limit]:
        message = ""  # a page past the last: said so, not which paragraphs are missing
    page = hits[start : start + limit]
    return LookupResult(query, page, total=len(hits), start=start, message=message, whole=True)


def no_paragraphs(numbers: list[int], last: int) -> str:
    """What references to paragraphs the article lacks are told ("" when it has them all)."""
    if len(numbers) < 2:
        return no_paragraph(numbers[0], last) if numbers else ""
    numbered = "it is one paragraph, ¶1" if last == 1 else f"its paragraphs are numbered 1 to {last}"
    if all(number > last for number in numbers):  # "¶3-400" of 37 paragraphs
        return f"The article has no paragraph after ¶{last}: {numbered}."
    if len(numbers) <= _LISTED_MISSING:
        listed = ", ".join(map(str, numbers[:-1])) + f" and {numbers[-1]}"
    else:
        listed = ", ".join(map(str, numbers[: _LISTED_MISSING - 1])) + ", …"
    return f"The article has no paragraphs {listed}: {numbered}."


_LISTED_MISSING = 5  # paragraph numbers a reply lists that the article lacks


def _phrase_words(parsed: list[QueryWord], content: list[QueryWord]) -> list[QueryWord]:
    """The whole query in order, its content words as resolved (corrected, typo relatives dropped)."""
    resolved = iter(content)
    return [word if word.is_stopword else next(resolved) for word in parsed]


def _as_phrase(index: ArticleIndex, parsed: list[QueryWord]) -> list[QueryWord]:
    """The query's words narrowed to the forms they take where the article has the whole phrase.

    For "euro zone", "euros" and "European" are look-alikes of "euro" that only count when the
    article never says "euro zone"; then paragraphs with the phrase lead and the rest follow on
    the phrase's own words.
    """
    if len(parsed) < 2:
        return parsed
    used: list[set[str]] = [set() for _ in parsed]
    exact: list[set[str]] = [set() for _ in parsed]
    exact_forms = [{word.word} | {m.term for m in word.matches if m.kind == "exact"} for word in parsed]
    for position in _holding_all(index, parsed):
        entry = index.paragraphs[position]
        for start in _phrase_starts(entry, parsed, 0, entry.length):
            found = entry.terms[start : start + len(parsed)]
            target = exact if all(t in exact_forms[i] for i, t in enumerate(found)) else used
            for i, term in enumerate(found):
                target[i].add(term)
    chosen = exact if any(exact) else used
    if not any(chosen):
        return parsed
    return [
        QueryWord(
            word.word,
            tuple(m for m in word.matches if m.term in terms) or word.matches,
            word.is_stopword,
            word.typed,
        )
        for word, terms in zip(parsed, chosen, strict=True)
    ]


def _holding_all(index: ArticleIndex, parsed: list[QueryWord]) -> list[int]:
    """Positions of the paragraphs that hold some form of every query word (the only phrase homes)."""
    found: set[int] | None = None
    for word in parsed:
        terms = {m.term for m in word.matches} or {word.word}
        holding = {p for t in terms for p in index.postings.get(t, ())}
        found = holding if found is None else found & holding
        if not found:
            return []
    return sorted(found or ())


def rank(
    index: ArticleIndex,
    content: list[QueryWord],
    parsed: list[QueryWord],
    needed: int,
    allowed: set[int] | None = None,
) -> tuple[list[_Passage], int]:
    """The best passages (at least `needed`, in full order) and how many passages match in all.

    Every matching paragraph is graded from the postings alone (words, typos, exactness, BM25);
    only the best SEARCH_RERANK are split into windows and measured for proximity, the costly
    part, so a 10,000-paragraph article answers about as fast as a short one.
    """
    grades = _grades(content)
    by_word = [_best_grades(index, word, grades) for word in content]
    bm25 = _bm25(index, content)
    candidates = set().union(*by_word)
    if allowed is not None:
        candidates &= allowed
    depth = max(constants.SEARCH_RERANK, needed)
    rough = _rough_keys(index, candidates, by_word, bm25)
    top = heapq.nsmallest(depth, candidates, key=rough.__getitem__) if len(candidates) > depth else candidates
    passages: list[_Passage] = []
    for position in top:
        entry = index.paragraphs[position]
        matched = _matched(entry, content)
        if len(entry.text) <= constants.SEARCH_LONG_PARAGRAPH_CHARS:
            passages.append(_Passage(entry, 0, entry.length, matched))
        else:
            passages.extend(_windows(entry, matched))
    for passage in passages:
        _score(index, passage, content, parsed, grades, bm25)
    _equal_evidence_ties(passages)
    passages.sort(key=lambda p: p.key)
    return passages, len(passages) + len(candidates) - len(top)


def _grades(content: list[QueryWord]) -> dict[str, tuple[int, int]]:
    """term -> (typos, kind rank) of the query word it matches (the best, if several)."""
    grades: dict[str, tuple[int, int]] = {}
    for word in content:
        for match in word.matches:
            typos = OSA.distance(word.word, match.term) if match.kind == "typo" else 0
            grade = (typos, _KIND_RANK[match.kind])
            grades[match.term] = min(grade, grades.get(match.term, grade))
    return grades


def _best_grades(index: ArticleIndex, word: QueryWord, grades: dict[str, tuple[int, int]]) -> dict:
    """paragraph position -> the best grade of the word's terms there (worst written first, then
    overwritten: dict.fromkeys keeps this loop in C for words in thousands of paragraphs)."""
    found: dict[int, tuple[int, int]] = {}
    for term in sorted({m.term for m in word.matches}, key=grades.__getitem__, reverse=True):
        found.update(dict.fromkeys(index.postings.get(term, ()), grades[term]))
    return found


def _rough_keys(index: ArticleIndex, candidates: set[int], by_word: list[dict], bm25: dict) -> dict:
    """position -> (words matched, typos, exact words, kinds, BM25, order): the key without proximity."""
    keys = {}
    caption = constants.SEARCH_CAPTION_WEIGHT
    for position in candidates:
        matched = typos = exact = kinds = 0
        for found in by_word:
            grade = found.get(position)
            if grade is not None:
                matched += 1
                typos += grade[0]
                exact += grade[1] == 0
                kinds += grade[1]
        entry = index.paragraphs[position]
        weight = bm25.get(position, 0.0) * (caption if entry.is_caption else 1.0)
        keys[position] = (-matched, typos, -exact, kinds, -weight, entry.number)
    return keys


def _word_grades(matched: dict[int, set[str]], grades: dict[str, tuple[int, int]]) -> tuple[int, int, int]:
    """(typos, exact words, sum of kind ranks) of the best term each matched word has here."""
    typos = exact = kinds = 0
    for terms in matched.values():
        word_typos, kind = min(grades[t] for t in terms)
        typos += word_typos
        exact += kind == 0
        kinds += kind
    return typos, exact, kinds


def _matched(entry: ParagraphEntry, content: list[QueryWord]) -> dict[int, set[str]]:
    """Query word number -> the article terms it matched in this paragraph."""
    counts = entry.counts
    found: dict[int, set[str]] = {}
    for number, word in enumerate(content):
        terms = {m.term for m in word.matches if m.term in counts}
        if terms:
            found[number] = terms
    return found


def _windows(entry: ParagraphEntry, matched: dict[int, set[str]]) -> list[_Passage]:
    """A long paragraph as windows of whole sentences around its groups of matched words."""
    word_of = {term: number for number, terms in matched.items() for term in terms}
    found_words = zip(entry.terms, entry.starts, entry.ends, strict=True)
    spans = [(a, b, word_of[t]) for t, a, b in found_words if t in word_of]
    spans += [(t.start, t.end, word_of[t.term]) for t in entry.compounds if t.term in word_of]
    # Every window, not only the first few: pages reach every hit.
    most = len(entry.sentence_spans) + 1
    found = windows(len(entry.text), entry.sentence_spans, spans, constants.SEARCH_WINDOW_CHARS, most)
    # Sorted positions, so that each window asks by bisection whether it holds a term: a
    # scan of every position per window is quadratic in a one-paragraph article.
    ordered = {t: sorted(entry.positions[t]) for terms in matched.values() for t in terms}
    passages = []
    for window in found:
        start, end = bounds(entry.text, window.start, window.end)
        low = _bisect(entry.starts, start)
        high = _bisect(entry.starts, end)
        inside = {w: {t for t in terms if _holds(ordered[t], low, high)} for w, terms in matched.items()}
        passages.append(_Passage(entry, low, high, {w: ts for w, ts in inside.items() if ts}, start, end))
    return passages


def _bisect(starts: list[int], offset: int) -> int:
    return bisect.bisect_left(starts, offset)


def _holds(positions: list[int], low: int, high: int) -> bool:
    """Whether the sorted `positions` hold one in [low, high)."""
    at = bisect.bisect_left(positions, low)
    return at < len(positions) and positions[at] < high


def _score(
    index: ArticleIndex,
    passage: _Passage,
    content: list[QueryWord],
    parsed: list[QueryWord],
    grades: dict[str, tuple[int, int]],
    bm25: dict[int, float],
) -> None:
    """The passage's ranking key: words matched, typos, proximity, exactness, BM25, order."""
    entry = passage.entry
    typos, exact, kinds = _word_grades(passage.matched, grades)
    whole = len(passage.matched) == len(content) > 1
    phrases = _phrases(entry, parsed, passage.low, passage.high) if whole and len(parsed) > 1 else []
    passage.phrases = tuple(phrases)
    distance = 0 if phrases or len(passage.matched) < 2 else _proximity(entry, passage)
    weight = bm25.get(index.by_number[entry.number], 0.0)
    if passage.high - passage.low < entry.length:  # a window: the share of the words it holds
        weight *= len(passage.matched) / len(content)
    if entry.is_caption:
        weight *= constants.SEARCH_CAPTION_WEIGHT
    passage.bm25 = weight
    passage.key = (-len(passage.matched), typos, distance, -exact, kinds, -weight, entry.number, passage.low)


def _equal_evidence_ties(passages: list[_Passage]) -> None:
    """Passages with the same evidence (the same words, as often, as close) tie on BM25.

    Length normalisation alone would rank "Phase 2 (Route 9 corridor)" below "Phase 3" for
    being a few words longer; readers expect equal matches in the article's order.
    """
    best: dict[tuple, float] = {}
    keys = []
    for passage in passages:
        counts = passage.entry.counts
        terms = tuple(sorted((t, counts[t]) for ts in passage.matched.values() for t in ts))
        key = (*passage.key[:5], passage.entry.is_caption, terms)
        keys.append(key)
        best[key] = max(best.get(key, 0.0), passage.bm25)
    for passage, key in zip(passages, keys, strict=True):
        passage.bm25 = best[key]
        passage.key = (*passage.key[:5], -best[key], *passage.key[6:])


def _bm25(index: ArticleIndex, content: list[QueryWord]) -> dict[int, float]:
    """paragraph position -> BM25 score, each query word counting its best-matching term."""
    k1 = constants.BM25_K1
    norms = index.norms
    totals: dict[int, float] = defaultdict(float)
    for word in content:
        best: dict[int, float] = {}
        for match in word.matches:
            weight = index.idf(match.term) * match.quality * (k1 + 1)
            postings = index.postings.get(match.term, ())
            frequencies = index.frequencies.get(match.term, ())
            for position, tf in zip(postings, frequencies, strict=True):
                value = weight * tf / (tf + norms[position])
                if value > best.get(position, 0.0):
                    best[position] = value
        for position, value in best.items():
            totals[position] += value
    return totals


def _phrases(entry: ParagraphEntry, parsed: list[QueryWord], low: int, high: int) -> list[tuple[int, int]]:
    """Character spans where the query's words occur consecutively and in order (stopwords exactly)."""
    last = len(parsed) - 1
    return [(entry.starts[a], entry.ends[a + last]) for a in _phrase_starts(entry, parsed, low, high)]


def _phrase_starts(entry: ParagraphEntry, parsed: list[QueryWord], low: int, high: int) -> list[int]:
    """Word positions in [low, high) where the query's words begin, consecutive and in order."""
    sets = [{m.term for m in word.matches} or {word.word} for word in parsed]
    terms = entry.terms
    end = min(high, len(terms))
    found = []
    for start in sorted(p for term in sets[0] for p in entry.positions.get(term, ())):
        inside = low <= start and start + len(sets) <= end
        if inside and all(terms[start + i] in sets[i] for i in range(1, len(sets))):
            found.append(start)
    return found


def _proximity(entry: ParagraphEntry, passage: _Passage) -> int:
    """How far apart the matched words sit: the smallest span holding them all, less their number."""
    events = sorted(
        (position, word)
        for word, terms in passage.matched.items()
        for t in terms
        for position in entry.positions[t]
        if passage.low <= position < passage.high
    )
    need = len(passage.matched)
    counts: dict[int, int] = {}
    best = entry.length + 1
    left = 0
    for position, word in events:
        counts[word] = counts.get(word, 0) + 1
        while len(counts) == need:
            best = min(best, position - events[left][0] + 1)
            left_word = events[left][1]
            counts[left_word] -= 1
            if not counts[left_word]:
                del counts[left_word]
            left += 1
    return min(best - need, constants.SEARCH_PROXIMITY_CAP)


def _by_paragraph(passages: list[_Passage], total: int, several: bool) -> tuple[list[list[_Passage]], int]:
    """The ranked passages as hits, and how many hits in all. In an article of `several` paragraphs the
    windows of one paragraph (far-apart matches in one long paragraph) are one hit, in text order,
    at the rank of its best window, not "¶2" listed twice, as far as they fit together in
    SEARCH_MERGED_HIT_CHARS; a one-paragraph article (a text flattened to one line) keeps a hit for each
    window, so pages reach every match."""
    chunk_of: dict[int, list[_Passage]] = {}
    if several:
        windows: dict[int, list[_Passage]] = {}
        for passage in passages:
            windows.setdefault(passage.entry.number, []).append(passage)
        for mine in windows.values():
            for chunk in _chunks(sorted(mine, key=lambda p: p.start)):
                chunk_of.update((id(p), chunk) for p in chunk)
    groups: list[list[_Passage]] = []
    placed: set[int] = set()
    for passage in passages:
        chunk = chunk_of.get(id(passage), [passage])
        if id(chunk[0]) not in placed:
            placed.add(id(chunk[0]))
            groups.append(chunk)
    return groups, total - (len(passages) - len(groups))


def _chunks(windows: list[_Passage]) -> list[list[_Passage]]:
    """A paragraph's windows, in text order, in runs that fit in SEARCH_MERGED_HIT_CHARS together."""
    chunks: list[list[_Passage]] = []
    size = 0
    for window in windows:
        length = window.end - window.start
        if chunks and size + length <= constants.SEARCH_MERGED_HIT_CHARS:
            chunks[-1].append(window)
            size += length
        else:
            chunks.append([window])
            size = length
    return chunks


def _hit_of(group: list[_Passage]) -> LookupHit:
    """One hit for a paragraph's windows: their excerpts in order, with a "…" where text is left out."""
    hits = [_hit(p) for p in group]
    if len(hits) == 1:
        return hits[0]
    text = group[0].entry.text
    gaps = [bool(text[one.end : other.start].strip()) for one, other in itertools.pairwise(group)]
    best = max(hits, key=lambda h: h.score)
    return replace(
        best,
        text=_joined([h.text for h in hits], gaps),
        marked=_joined([h.marked for h in hits], gaps),
        phrase=any(h.phrase for h in hits),
    )


def _joined(excerpts: list[str], gaps: list[bool]) -> str:
    """Excerpts of one paragraph in order, joined by one "…" where text lies between them, else a space."""
    joined = excerpts[0]
    for excerpt_, gap in zip(excerpts[1:], gaps, strict=True):
        joined = (
            joined.removesuffix(ELLIPSIS)
            + (f" {ELLIPSIS} " if gap else " ")
            + excerpt_.removeprefix(ELLIPSIS)
        )
    return joined


def _hit(passage: _Passage) -> LookupHit:
    entry = passage.entry
    terms = set().union(*passage.matched.values()) if passage.matched else set()
    if passage.phrases:
        # A letter of a phrase found ("U.N.", "vitamin C") is marked there, not wherever else it stands
        # alone: "U.S." beside "the U.N." had its "U" in bold.
        terms = {term for term in terms if len(term) > 1}
    start, end = passage.start, passage.end if passage.end >= 0 else len(entry.text)
    spans = [
        (t.start - start, t.end - start)
        for t in entry.compounds
        if t.term in terms and start <= t.start and t.end <= end
    ]
    # Only the words from `start` on, found by bisection: a window of a megabyte paragraph
    # must not scan all of it.
    starts = entry.starts
    low = bisect.bisect_left(starts, start)
    high = bisect.bisect_left(starts, end, low)
    inside = zip(entry.terms[low:high], starts[low:high], entry.ends[low:high], strict=True)
    spans += [(a - start, b - start) for t, a, b in inside if b <= end and t in terms]
    spans += [(a - start, b - start) for a, b in passage.phrases]
    marked = excerpt(entry.text, start, end, mark_spans(entry.text[start:end], spans))
    text = excerpt(entry.text, start, end)
    return LookupHit(entry.number, text, marked, passage.bm25, entry.is_caption, bool(passage.phrases))


def mark_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """Wrap the character spans in marks, merging overlapping ones and those only spaces apart."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and (start <= merged[-1][1] or not text[merged[-1][1] : start].strip()):
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    out, cursor = [], 0
    for start, end in merged:
        out += [text[cursor:start], MARK_START, text[start:end], MARK_END]
        cursor = end
    out.append(text[cursor:])
    return "".join(out)
