"""The per-article search index: normalised tokens, postings, vocabulary and typo-tolerant term lookup.

Built once per article (cached by identity) and shared by `lookup` and `ask`; per-query work
touches only the vocabulary words near the query word's length, never every paragraph's text.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.core import constants
from bot.core.article import Article
from bot.core.stemming import stem
from bot.core.text import fold

# A raw token: letters/digits joined by inner apostrophes or hyphens ("F-22", "Blinken’s").
_RAW_TOKEN = re.compile(r"[^\W_]+(?:['’‘\-‐‑–][^\W_]+)*", re.UNICODE)
_JOINERS = re.compile(r"[\-‐‑–]")
_APOSTROPHES = re.compile(r"['’‘]")

STOPWORDS = frozenset(
    """a an the of to in on at for and or but nor is are was were be been being am do does did
    done doing has have had having it its it's this that these those there here he she they we
    i you me him her them us our your his their my mine what which who whom whose when where why
    how as by with from into onto about than then so if not no yes can could will would shall
    should may might must also just very too more most such any all each both some other own same
    up down out over under again further once only s t""".split()
)


@dataclass(frozen=True, slots=True)
class Token:
    """One searchable word: its normalised term, stem, and character span in its paragraph."""

    term: str
    stem: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class TermMatch:
    """A vocabulary term a query word resolves to, with how good the match is (0..1]."""

    term: str
    quality: float
    kind: str  # "exact", "stem", "prefix" or "typo"


def normalise(raw: str) -> list[str]:
    """The terms of one raw token: its parts, plus the joined form of a hyphenated compound."""
    folded = fold(raw)
    folded = re.sub(r"['](s)$", "", _APOSTROPHES.sub("'", folded))  # possessive "'s"
    folded = folded.replace("'", "")
    parts = [p for p in _JOINERS.split(folded) if p]
    if len(parts) > 1:
        return [*parts, "".join(parts)]
    return parts


@lru_cache(maxsize=200_000)
def _normalise_cached(raw: str) -> tuple[str, ...]:
    return tuple(normalise(raw))


def tokenize(text: str) -> tuple[list[Token], list[Token]]:
    """Positional tokens of `text` and the joined compounds ("f22"), each with its character span.

    Compounds are kept apart so that phrase positions count "F-22" as two words, while the
    query "F22" can still match the joined form.
    """
    tokens: list[Token] = []
    compounds: list[Token] = []
    for match in _RAW_TOKEN.finditer(text):
        terms = _normalise_cached(match.group(0))
        if not terms:
            continue
        if len(terms) == 1:
            tokens.append(Token(terms[0], stem(terms[0]), match.start(), match.end()))
            continue
        *parts, joined = terms
        offset = match.start()
        pieces = _JOINERS.split(match.group(0))
        for part, piece in zip(parts, pieces, strict=False):
            tokens.append(Token(part, stem(part), offset, offset + len(piece)))
            offset += len(piece) + 1
        compounds.append(Token(joined, stem(joined), match.start(), match.end()))
    return tokens, compounds


def query_words(text: str, known: dict[str, int]) -> list[str]:
    """The query's normalised words; a compound stays joined ("f22") only if the article has it so."""
    found: list[str] = []
    for match in _RAW_TOKEN.finditer(text):
        terms = _normalise_cached(match.group(0))
        if len(terms) > 1 and terms[-1] not in known:
            found.extend(terms[:-1])
        elif terms:
            found.append(terms[-1])
    return found


def max_typos(word: str) -> int:
    """Edits tolerated for a word of this length, as the search engines people know do."""
    if len(word) >= constants.SEARCH_TWO_TYPOS_FROM:
        return 2
    if len(word) >= constants.SEARCH_ONE_TYPO_FROM:
        return 1
    return 0


@dataclass
class Vocabulary:
    """Every term of the article with its paragraph frequency, for typo and prefix expansion."""

    df: dict[str, int]
    surface: dict[str, str]
    by_stem: dict[str, tuple[str, ...]]
    sorted_terms: list[str]
    by_length: dict[int, list[str]]
    compounds: frozenset[str]
    _cache: dict[str, tuple[TermMatch, ...]] = field(default_factory=dict)

    def expand(self, word: str) -> tuple[TermMatch, ...]:
        """Vocabulary terms `word` may mean: exact, same stem, prefix, or within its typo budget."""
        cached = self._cache.get(word)
        if cached is None:
            cached = self._expand(word)
            if len(self._cache) > constants.SEARCH_EXPANSION_CACHE:
                self._cache.clear()
            self._cache[word] = cached
        return cached

    def _expand(self, word: str) -> tuple[TermMatch, ...]:
        found: dict[str, TermMatch] = {}

        def add(term: str, quality: float, kind: str) -> None:
            if term not in found or found[term].quality < quality:
                found[term] = TermMatch(term, quality, kind)

        if word in self.df:
            add(word, 1.0, "exact")
        if not word.isalpha() or word in STOPWORDS:
            return tuple(found.values())
        for term in self.by_stem.get(stem(word), ()):
            add(term, constants.SEARCH_STEM_QUALITY, "stem")
        if len(word) >= constants.SEARCH_PREFIX_FROM:
            start = bisect.bisect_left(self.sorted_terms, word)
            for term in self.sorted_terms[start : start + constants.SEARCH_PREFIX_LIMIT]:
                if not term.startswith(word):
                    break
                if term in self.compounds:
                    continue  # "china" should not light up "China-linked" as a prefix
                add(term, constants.SEARCH_PREFIX_QUALITY, "prefix")
        budget = max_typos(word)
        if budget:
            for term, quality in self._typos(word, budget):
                add(term, quality, "typo")
        return tuple(found.values())

    def _typos(self, word: str, budget: int) -> list[tuple[str, float]]:
        candidates: list[str] = []
        for length in range(len(word) - budget, len(word) + budget + 1):
            candidates.extend(self.by_length.get(length, ()))
        matches = process.extract(word, candidates, scorer=OSA.distance, score_cutoff=budget, limit=None)
        found = []
        for term, distance, _ in matches:
            if distance == 0 or max_typos(term) == 0:
                continue
            found.append((term, constants.SEARCH_TYPO_QUALITY[int(distance)]))
        return found

    def suggest(self, word: str, limit: int = 3) -> list[str]:
        """Article words that look like `word`, for "did you mean"; more lenient than matching."""
        matches = process.extract(
            word,
            self.sorted_terms,
            scorer=OSA.normalized_similarity,
            score_cutoff=constants.SEARCH_SUGGEST_SIMILARITY,
            limit=limit * 4,
        )
        ranked = sorted(
            (m for m in matches if m[0] not in STOPWORDS and len(m[0]) > 2),
            key=lambda m: (-m[1], -self.df[m[0]]),
        )
        return [self.surface[m[0]] for m in ranked[:limit]]


@dataclass
class ParagraphEntry:
    """One searchable paragraph: its tokens and a term -> positions map."""

    number: int
    text: str
    is_caption: bool
    tokens: list[Token]
    compounds: list[Token]
    positions: dict[str, list[int]]
    length: int


@dataclass
class SentenceEntry:
    """One sentence of a searchable paragraph, with its term counts for `ask`."""

    number: int
    paragraph: int
    text: str
    start: int
    end: int
    is_caption: bool
    tokens: list[Token]
    counts: Counter


@dataclass
class ArticleIndex:
    """Everything `lookup` and `ask` need, computed once per article."""

    paragraphs: list[ParagraphEntry]
    sentences: list[SentenceEntry]
    postings: dict[str, list[int]]  # term -> indexes into `paragraphs`
    vocabulary: Vocabulary
    sentence_df: dict[str, int]
    average_length: float
    average_sentence_length: float

    def idf(self, term: str) -> float:
        """BM25's inverse document frequency over paragraphs (always positive)."""
        n = len(self.paragraphs)
        df = self.vocabulary.df.get(term, 0)
        return math.log(1 + (n - df + 0.5) / (df + 0.5))

    def sentence_idf(self, term: str) -> float:
        n = len(self.sentences)
        df = self.sentence_df.get(term, 0)
        return math.log(1 + (n - df + 0.5) / (df + 0.5))


@lru_cache(maxsize=64)
def build_index(article: Article) -> ArticleIndex:
    """Index the article's searchable paragraphs: everything except repeats of earlier ones."""
    paragraphs: list[ParagraphEntry] = []
    sentences: list[SentenceEntry] = []
    postings: dict[str, list[int]] = defaultdict(list)
    spellings: dict[str, Counter] = defaultdict(Counter)
    joined: set[str] = set()
    sentence_df: Counter = Counter()
    for paragraph in article.paragraphs:
        if paragraph.duplicate_of is not None:
            continue
        tokens, compounds = tokenize(paragraph.text)
        positions: dict[str, list[int]] = defaultdict(list)
        for i, token in enumerate(tokens):
            positions[token.term].append(i)
            spellings[token.term][paragraph.text[token.start : token.end]] += 1
        starts = [t.start for t in tokens]
        for token in compounds:
            joined.add(token.term)
            positions[token.term].append(bisect.bisect_left(starts, token.start))
            spellings[token.term][paragraph.text[token.start : token.end]] += 1
        index = len(paragraphs)
        for term in positions:
            postings[term].append(index)
        paragraphs.append(
            ParagraphEntry(
                paragraph.number,
                paragraph.text,
                paragraph.is_caption,
                tokens,
                compounds,
                dict(positions),
                len(tokens),
            )
        )
        for sentence in paragraph.sentences:
            if sentence.duplicate_of is not None:
                continue
            inside = tokens[
                bisect.bisect_left(starts, sentence.start) : bisect.bisect_left(starts, sentence.end)
            ]
            inner = [t.term for t in compounds if sentence.start <= t.start < sentence.end]
            counts = Counter([*(t.term for t in inside), *inner])
            sentence_df.update(counts.keys())
            sentences.append(
                SentenceEntry(
                    sentence.number,
                    paragraph.number,
                    sentence.text,
                    sentence.start,
                    sentence.end,
                    sentence.is_caption or paragraph.is_caption,
                    inside,
                    counts,
                )
            )
    vocabulary = _vocabulary(postings, spellings, frozenset(joined))
    total = sum(p.length for p in paragraphs)
    sentence_total = sum(len(s.tokens) for s in sentences)
    return ArticleIndex(
        paragraphs=paragraphs,
        sentences=sentences,
        postings=dict(postings),
        vocabulary=vocabulary,
        sentence_df=dict(sentence_df),
        average_length=total / max(1, len(paragraphs)),
        average_sentence_length=sentence_total / max(1, len(sentences)),
    )


def _vocabulary(
    postings: dict[str, list[int]], spellings: dict[str, Counter], compounds: frozenset[str]
) -> Vocabulary:
    df = {term: len(docs) for term, docs in postings.items()}
    by_stem: dict[str, list[str]] = defaultdict(list)
    by_length: dict[int, list[str]] = defaultdict(list)
    for term in df:
        by_stem[stem(term)].append(term)
        by_length[len(term)].append(term)
    surface = {term: spellings[term].most_common(1)[0][0] for term in df}
    return Vocabulary(
        df=df,
        surface=surface,
        by_stem={k: tuple(v) for k, v in by_stem.items()},
        sorted_terms=sorted(df),
        by_length=dict(by_length),
        compounds=compounds,
    )
