"""The per-article search index: normalised tokens, postings, vocabulary and typo-tolerant term lookup.

Built once per article (cached by identity) and shared by `lookup` and `ask`; per-query work
touches only the vocabulary words near the query word's length, never every paragraph's text.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from sys import intern
from typing import NamedTuple

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.core import constants
from bot.core.article import Article, Paragraph
from bot.core.language.stemming import IRREGULAR, family, stem
from bot.core.language.text import STOPWORDS as SHARED_STOPWORDS
from bot.core.language.text import fold, has_marks, joined_words

# A raw token: letters/digits joined by inner apostrophes or hyphens ("F-22", "Blinken’s").
_TOKEN_JOINERS = "'’‘\\-‐‑–"
_RAW_TOKEN = joined_words(_TOKEN_JOINERS, marks=False)
_MARKED_TOKEN = joined_words(_TOKEN_JOINERS, marks=True)
_JOINERS = re.compile(r"[\-‐‑–]")
# Text without these holds only plain ASCII words, each a run of _PLAIN_WORD and its own term.
_NOT_PLAIN = re.compile(r"['’‘\-‐‑–]|[^\W_A-Za-z0-9]")
_PLAIN_WORD = re.compile(r"[A-Za-z0-9]+")
_APOSTROPHES = re.compile(r"['’‘]")

# The shared function words plus a few more that carry nothing in a search ("up", "nor").
STOPWORDS = SHARED_STOPWORDS | frozenset(
    "again doing done down further having him it's mine nor once out up us yes".split()
)


class Token(NamedTuple):
    """One searchable word: its normalised term and character span in its paragraph."""

    term: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class TermMatch:
    """A vocabulary term a query word resolves to, with how good the match is (0..1]."""

    term: str
    quality: float
    kind: str  # "exact", "stem", "family", "prefix", "typo" or (for ask) "root"


def raw_tokens(text: str) -> Iterator[re.Match[str]]:
    """The raw tokens of `text`, compounds joined; a letter's combining marks ("cafe\u0301", a
    nukta) inside its word, looked for only in text that has one."""
    pattern = _MARKED_TOKEN if has_marks(text) else _RAW_TOKEN
    return pattern.finditer(text)


def normalise(raw: str) -> list[str]:
    """The terms of one raw token: its parts, plus the joined form of a hyphenated compound."""
    folded = fold(raw)
    folded = re.sub(r"['](s)$", "", _APOSTROPHES.sub("'", folded))  # possessive "'s"
    folded = folded.replace("'", "")
    parts = [p for p in _JOINERS.split(folded) if p]
    if len(parts) > 1:
        return [*parts, "".join(parts)]
    return parts


@lru_cache(maxsize=constants.SEARCH_TOKEN_CACHE)
def _normalise_cached(raw: str) -> tuple[str, ...]:
    return tuple(normalise(raw))


@lru_cache(maxsize=constants.SEARCH_TOKEN_CACHE)
def _pieces(raw: str) -> tuple[tuple[tuple[str, int, int], ...], str | None]:
    """The parts of a raw token as (term, start, end) relative to it, and its joined form."""
    terms = _normalise_cached(raw)
    if len(terms) <= 1:
        return tuple((t, 0, len(raw)) for t in terms), None
    parts, offset = [], 0
    for piece in _JOINERS.split(raw):
        part = _normalise_cached(piece)
        if part:
            parts.append((part[-1], offset, offset + len(piece)))
        offset += len(piece) + 1
    return tuple(parts), terms[-1]


# A web address's path ("https://ellery.example/fees_2027#roof", "www.example.com/fees"): no words of the
# story's, though it may spell some ("fees"), so that a question about the fee finds the prose. The site's
# own name ("www.digitaldetoxholidays.com") stays: the story may be about it.
_WEB_PATH = re.compile(r"(?:\bhttps?://|\bwww\.)[^\s/<>\"“”]+(?P<path>/[^\s<>\"“”]*)", re.IGNORECASE)


def _has_web_address(text: str) -> bool:
    """Whether `text` holds any web address at all: most paragraphs hold none, and tokenize runs on every
    one. Substring tests, not a regex: 'w' has no other letter IGNORECASE would fold to it."""
    return "://" in text or "www." in text.lower()


def _without_web_paths(text: str) -> str:
    """`text` with the path of each web address blanked (offsets kept)."""
    if not _has_web_address(text):
        return text
    return _WEB_PATH.sub(
        lambda match: match.group()[: match.start("path") - match.start()].ljust(len(match.group())), text
    )


def web_path_words(text: str) -> set[str]:
    """The words the paths of `text`'s web addresses spell ("recycling", "calendar" of
    "www.dunmore.example/recycling-calendar"): no words of the story's for ranking, yet written in it."""
    if not _has_web_address(text):
        return set()
    return {
        word.casefold()
        for match in _WEB_PATH.finditer(text)
        for word in re.findall(r"[^\W_]+", match["path"])
    }


def tokenize(text: str) -> tuple[list[str], list[int], list[int], list[Token]]:
    """Positional terms of `text` with their start and end offsets, and the joined compounds.

    Compounds ("f22") are kept apart so that phrase positions count "F-22" as two words, while
    the query "F22" can still match the joined form. Parallel lists keep building fast. A web
    address's path is left out.
    """
    text = _without_web_paths(text)
    if not _NOT_PLAIN.search(text):
        # Plain ASCII words only (no apostrophe, joiner or other letter): each is its own term,
        # lower-cased. Three list passes cost a fifth of the general loop per word.
        matches = list(_PLAIN_WORD.finditer(text))
        terms = [intern(match.group().lower()) for match in matches]
        return terms, [match.start() for match in matches], [match.end() for match in matches], []
    terms: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    compounds: list[Token] = []
    known = _SIMPLE_TERMS
    for match in raw_tokens(text):
        raw = match.group()
        if raw.isascii() and raw.isalnum():
            # What normalise() makes of plain ASCII letters and digits; interned, so that a
            # word used 100,000 times is one string.
            term = intern(raw.lower())
        else:
            term = known.get(raw)
            if term is None:
                term = _simple_term(raw)
        if term:  # the common case: one raw token, one term
            start, end = match.span()
            terms.append(term)
            starts.append(start)
            ends.append(end)
            continue
        parts, joined = _pieces(raw)
        start = match.start()
        for part, a, b in parts:
            terms.append(part)
            starts.append(start + a)
            ends.append(start + b)
        if joined is not None:
            compounds.append(Token(joined, start, match.end()))
    return terms, starts, ends, compounds


# raw token -> its single term, or "" when it is a compound (or folds to nothing).
_SIMPLE_TERMS: dict[str, str] = {}


def _simple_term(raw: str) -> str:
    terms = _normalise_cached(raw)
    term = terms[0] if len(terms) == 1 else ""
    if len(_SIMPLE_TERMS) >= constants.SEARCH_TOKEN_CACHE:
        _SIMPLE_TERMS.clear()  # bounded: a library of many articles must not grow it forever
    _SIMPLE_TERMS[raw] = term
    return term


def query_words(text: str, known: dict[str, int]) -> list[str]:
    """The query's normalised words; a compound stays joined ("f22") only if the article has it so."""
    found: list[str] = []
    for match in raw_tokens(text):
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
    postings: dict[str, list[int]]
    paragraphs: list[ParagraphEntry]
    sorted_terms: list[str]
    by_length: dict[int, list[str]]
    compounds: frozenset[str]
    _cache: dict[str, tuple[TermMatch, ...]] = field(default_factory=dict)
    _names: dict[str, bool] = field(default_factory=dict)
    _shared: dict[tuple[str, Callable], tuple[str, ...]] = field(default_factory=dict)

    def expand(self, word: str) -> tuple[TermMatch, ...]:
        """Vocabulary terms `word` may mean: exact, same stem, prefix, or within its typo budget."""
        cached = self._cache.get(word)
        if cached is None:
            cached = self._expand(word)
            if len(self._cache) > constants.SEARCH_EXPANSION_CACHE:
                self._cache.clear()
            self._cache[word] = cached
        return cached

    def clear_cache(self) -> None:
        """Forget resolved query words (for benchmarks that time the cold path)."""
        self._cache.clear()
        self._names.clear()
        self._shared.clear()

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
        for term in self.by_family.get(family(word), ()):
            add(term, constants.SEARCH_FAMILY_QUALITY, "family")
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

    def sharing(self, key: str, keyed: Callable[[str], str]) -> tuple[str, ...]:
        """The article's terms whose stem (or family) is `key`, in the order the article first uses them.

        Found, not precomputed: stemming every term of a text of 400,000 distinct words took
        seconds that a lookup of one word does not need. Outside the irregular forms ("met"),
        a stem or family key less its last letter begins the word it comes from ("submarin",
        "marri", "locat"), and a key of one or two letters comes only from a word that long.
        """
        cached = self._shared.get((key, keyed))
        if cached is not None:
            return cached
        if len(self._shared) > constants.SEARCH_EXPANSION_CACHE:
            self._shared.clear()
        found = self._shared[(key, keyed)] = self._sharing(key, keyed)
        return found

    def _sharing(self, key: str, keyed: Callable[[str], str]) -> tuple[str, ...]:
        if not key:
            return ()
        if len(key) <= 2:
            candidates = self.by_length.get(len(key), [])
        else:
            prefix = key[:-1]
            start = bisect.bisect_left(self.sorted_terms, prefix)
            end = bisect.bisect_left(self.sorted_terms, prefix + "\U0010ffff", start)
            candidates = self.sorted_terms[start:end]
        found = {term for term in (*candidates, *self.irregular) if keyed(term) == key}
        return tuple(sorted(found, key=self._first_use))

    @property
    def by_stem(self) -> _Sharing:
        """stem -> the terms with that stem, read like a dict (`by_stem.get(stem(word), ())`)."""
        return _Sharing(self, stem)

    @property
    def by_family(self) -> _Sharing:
        return _Sharing(self, family)

    @cached_property
    def irregular(self) -> list[str]:
        """The article's irregular forms, whose stem does not start like them ("went": "go")."""
        return [term for term in IRREGULAR if term in self.df]

    def _first_use(self, term: str) -> tuple[int, int]:
        """Where the article first uses `term`: (paragraph position, the term's rank in it)."""
        position = self.postings[term][0]
        entry = self.paragraphs[position]
        try:
            return position, entry.terms.index(term)
        except ValueError:  # a joined compound ("f22"): counted after the paragraph's own terms
            return position, len(entry.terms) + [t.term for t in entry.compounds].index(term)

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

    def relatives(self, word: str) -> tuple[TermMatch, ...]:
        """Words of the same family ("located"/"location", "arrive"/"arrival"): a long shared start."""
        if len(word) < constants.ASK_ROOT_MIN or not word.isalpha():
            return ()
        root = word[: constants.ASK_ROOT_MIN]
        found = []
        start = bisect.bisect_left(self.sorted_terms, root)
        for term in self.sorted_terms[start : start + constants.SEARCH_PREFIX_LIMIT]:
            if not term.startswith(root):
                break
            shared = next(
                (i for i, (a, b) in enumerate(zip(word, term, strict=False)) if a != b),
                min(len(word), len(term)),
            )
            if term != word and shared >= constants.ASK_ROOT_SHARE * max(len(word), len(term)):
                found.append(TermMatch(term, constants.ASK_ROOT_QUALITY, "root"))
        return tuple(found)

    def suggest(self, word: str, limit: int = 3) -> list[tuple[str, str, float]]:
        """Article words that look like `word`, for "did you mean": (term, spelling, similarity).

        Either close in spelling, or the start of what was typed ("Blinkenstein" -> "Blinken");
        one per family ("Singapore" and "Singapore's" are one option). More lenient than matching.
        """
        if len(word) < constants.SEARCH_SUGGEST_FROM or not word.isalpha():
            return []
        matches = process.extract(
            word,
            self.sorted_terms,
            scorer=OSA.normalized_similarity,
            score_cutoff=constants.SEARCH_SUGGEST_SIMILARITY,
            limit=limit * 4,
        )
        found = {m[0]: m[1] for m in matches if m[0] not in STOPWORDS and len(m[0]) > 2}
        for end in range(len(word) - 1, constants.SEARCH_SUGGEST_FROM - 1, -1):
            if word[:end] in self.df and word[:end] not in STOPWORDS:
                found.setdefault(word[:end], end / len(word))
                break
        ranked = sorted(found.items(), key=lambda item: (-item[1], -self.df[item[0]]))
        chosen: dict[str, tuple[str, str, float]] = {}
        for term, similarity in ranked:
            chosen.setdefault(family(term), (term, self.spellings(term)[0], similarity))
        return list(chosen.values())[:limit]

    def spellings(self, term: str, paragraphs: int = constants.SEARCH_SPELLING_SAMPLE) -> list[str]:
        """How the article writes `term` (from its first few paragraphs), most common first."""
        seen: Counter = Counter()
        for position in self.postings.get(term, ())[:paragraphs]:
            entry = self.paragraphs[position]
            for found, start, end in zip(entry.terms, entry.starts, entry.ends, strict=True):
                if found == term:
                    seen[entry.text[start:end]] += 1
            for token in entry.compounds:
                if token.term == term:
                    seen[entry.text[token.start : token.end]] += 1
        return [text for text, _ in seen.most_common()] or [term]

    def is_name(self, term: str) -> bool:
        """True when the article mostly capitalises `term` where it is not a sentence's first word."""
        cached = self._names.get(term)
        if cached is None:
            capitals = total = 0
            for position in self.postings.get(term, ())[: constants.SEARCH_SPELLING_SAMPLE]:
                entry = self.paragraphs[position]
                for i in entry.positions.get(term, ()):
                    if i == 0 or _mark_before(entry.text, entry.starts[i]) in ".!?\"“‘'":
                        continue
                    total += 1
                    capitals += entry.text[entry.starts[i]].isupper()
            cached = self._names[term] = total > 0 and capitals * 2 > total
        return cached


@dataclass(frozen=True, slots=True)
class _Sharing:
    """The terms sharing a stem (or family) key, found on demand, read like a dict."""

    vocabulary: Vocabulary
    keyed: Callable[[str], str]

    def get(self, key: str, default: tuple[str, ...] = ()) -> tuple[str, ...]:
        return self.vocabulary.sharing(key, self.keyed) or default

    def __getitem__(self, key: str) -> tuple[str, ...]:
        found = self.vocabulary.sharing(key, self.keyed)
        if not found:
            raise KeyError(key)
        return found


def _mark_before(text: str, offset: int) -> str:
    """The last character before `offset` that is not a space ("" at the start).

    Walks back over the spaces only: copying the text before every occurrence of a term was
    quadratic in a long paragraph (a 2.9 MB one-paragraph "why" question: 15 s).
    """
    while offset > 0 and text[offset - 1].isspace():
        offset -= 1
    return text[offset - 1] if offset > 0 else ""


@dataclass
class ParagraphEntry:
    """One searchable paragraph: its terms (in order, with offsets) and their counts.

    Counts, positions and sentence spans are made on first use: a query touches a few
    paragraphs, and an article may hold a hundred thousand.
    """

    number: int
    text: str
    is_caption: bool
    terms: list[str]
    starts: list[int]
    ends: list[int]
    compounds: list[Token]
    source: Paragraph  # the article's paragraph, for its sentences

    @property
    def length(self) -> int:
        return len(self.terms)

    @cached_property
    def counts(self) -> Counter:
        return _counts(self.terms, self.compounds)

    @cached_property
    def sentence_spans(self) -> list[tuple[int, int]]:
        """The character spans of the paragraph's sentences."""
        return [(s.start, s.end) for s in self.source.sentences]

    @cached_property
    def tokens(self) -> list[Token]:
        return [Token(t, a, b) for t, a, b in zip(self.terms, self.starts, self.ends, strict=True)]

    @cached_property
    def positions(self) -> dict[str, list[int]]:
        """term -> word positions; a compound sits at the position of its first part."""
        found: dict[str, list[int]] = defaultdict(list)
        for i, term in enumerate(self.terms):
            found[term].append(i)
        for token in self.compounds:
            found[token.term].append(bisect.bisect_left(self.starts, token.start))
        return dict(found)


def _counts(terms: list[str], compounds: list[Token]) -> Counter:
    counts = Counter(terms)
    for token in compounds:
        counts[token.term] += 1
    return counts


@dataclass
class SentenceEntry:
    """One sentence of a searchable paragraph: a range of its words, with their counts."""

    number: int
    paragraph: int
    text: str
    start: int
    end: int
    is_caption: bool
    entry: ParagraphEntry
    low: int
    high: int
    counts: Counter

    @cached_property
    def terms(self) -> list[str]:
        # Kept: ask reads every candidate sentence's terms several times for each question.
        return self.entry.terms[self.low : self.high]

    @property
    def tokens(self) -> list[Token]:
        return self.entry.tokens[self.low : self.high]


@dataclass(eq=False)
class ArticleIndex:
    """Everything `lookup` and `ask` need, computed once per article; the sentence level
    (only `ask` reads it) on first use. Compared and hashed by identity, as the article is: what
    `ask` derives from it is kept beside it in WeakKeyDictionaries, freed with it."""

    paragraphs: list[ParagraphEntry]
    postings: dict[str, list[int]]  # term -> indexes into `paragraphs`
    frequencies: dict[str, list[int]]  # term -> its count in each paragraph of `postings`
    norms: list[float]  # BM25's length normalisation (k1 * (1 - b + b * length / average))
    vocabulary: Vocabulary
    average_length: float
    by_number: dict[int, int]  # article paragraph number -> index into `paragraphs`

    def entry(self, number: int) -> ParagraphEntry:
        """The indexed paragraph with this article paragraph number."""
        return self.paragraphs[self.by_number[number]]

    def idf(self, term: str) -> float:
        """BM25's inverse document frequency over paragraphs (always positive)."""
        n = len(self.paragraphs)
        df = self.vocabulary.df.get(term, 0)
        return math.log(1 + (n - df + 0.5) / (df + 0.5))

    def sentence_idf(self, term: str) -> float:
        n = len(self.sentences)
        df = self.sentence_df.get(term, 0)
        return math.log(1 + (n - df + 0.5) / (df + 0.5))

    @cached_property
    def _sentence_level(self) -> tuple[list[SentenceEntry], dict[str, list[int]]]:
        return _sentence_index(self.paragraphs)

    @property
    def sentences(self) -> list[SentenceEntry]:
        return self._sentence_level[0]

    @property
    def sentence_postings(self) -> dict[str, list[int]]:
        """term -> indexes into `sentences`."""
        return self._sentence_level[1]

    def sentences_holding(self, terms: Iterable[str]) -> list[int]:
        """Indexes into `sentences` of those holding any of `terms`, in article order."""
        postings = self.sentence_postings
        return sorted({p for t in terms for p in postings.get(t, ())})

    def position(self, sentence: SentenceEntry) -> int:
        """Where `sentence` stands in `sentences`."""
        return self._positions[sentence.number]

    @cached_property
    def _positions(self) -> dict[int, int]:
        return {s.number: p for p, s in enumerate(self.sentences)}

    @cached_property
    def sentence_df(self) -> dict[str, int]:
        return {term: len(found) for term, found in self.sentence_postings.items()}

    @cached_property
    def web_path_words(self) -> frozenset[str]:
        """The words the article's web-address paths spell (`web_path_words`), read once: `ask` checks
        them for every question, and reading a long article's text again cost more than the rest."""
        # Sentence by sentence, as an address holds no space: most sentences are passed over at once.
        return frozenset(word for s in self.sentences for word in web_path_words(s.text))

    @cached_property
    def average_sentence_length(self) -> float:
        return sum(s.high - s.low for s in self.sentences) / max(1, len(self.sentences))


@lru_cache(maxsize=64)
def build_index(article: Article) -> ArticleIndex:
    """Index the article's searchable paragraphs: everything except repeats that add no word."""
    paragraphs: list[ParagraphEntry] = []
    postings: dict[str, list[int]] = defaultdict(list)
    frequencies: dict[str, list[int]] = defaultdict(list)  # parallel to postings: the term's count
    joined: set[str] = set()
    # paragraph number -> its counts, kept only for the paragraphs that a repeat points back to
    repeated = {p.duplicate_of for p in article.paragraphs if p.duplicate_of is not None}
    seen: dict[int, Counter] = {}
    for paragraph in article.paragraphs:
        terms, starts, ends, compounds = tokenize(paragraph.text)
        counts = Counter(terms)
        original = seen.get(paragraph.duplicate_of) if paragraph.duplicate_of is not None else None
        if paragraph.duplicate_of is not None and (original is None or counts.keys() <= original.keys()):
            continue  # a repeat adds nothing to find; one with words of its own stays searchable
        if paragraph.number in repeated:
            seen[paragraph.number] = counts
        for token in compounds:
            joined.add(token.term)
            counts[token.term] += 1
        index = len(paragraphs)
        for term, count in counts.items():
            postings[term].append(index)
            frequencies[term].append(count)
        entry = ParagraphEntry(
            paragraph.number, paragraph.text, paragraph.is_caption, terms, starts, ends, compounds, paragraph
        )
        paragraphs.append(entry)
    # Plain dicts from here on (a missing term is not to be added by a lookup), without a copy.
    postings.default_factory = frequencies.default_factory = None
    vocabulary = _vocabulary(postings, paragraphs, frozenset(joined))
    total = sum(p.length for p in paragraphs)
    return ArticleIndex(
        paragraphs=paragraphs,
        postings=postings,
        frequencies=frequencies,
        norms=[_bm25_norm(p.length, total / max(1, len(paragraphs))) for p in paragraphs],
        vocabulary=vocabulary,
        average_length=total / max(1, len(paragraphs)),
        by_number={p.number: i for i, p in enumerate(paragraphs)},
    )


def _sentence_index(paragraphs: list[ParagraphEntry]) -> tuple[list[SentenceEntry], dict[str, list[int]]]:
    """The sentences of the indexed paragraphs (repeats left out) and their postings."""
    sentences: list[SentenceEntry] = []
    sentence_postings: dict[str, list[int]] = defaultdict(list)
    for entry in paragraphs:
        terms, starts, compounds = entry.terms, entry.starts, entry.compounds
        for sentence in entry.source.sentences:
            if sentence.duplicate_of is not None:
                continue
            low = bisect.bisect_left(starts, sentence.start)
            high = bisect.bisect_left(starts, sentence.end)
            inside = Counter(terms[low:high])
            for token in compounds:
                if sentence.start <= token.start < sentence.end:
                    inside[token.term] += 1
            at = len(sentences)  # one int object for all its postings: 282,362 were 9 MB at 10,000 paragraphs
            for term in inside:
                sentence_postings[term].append(at)
            sentences.append(
                SentenceEntry(
                    sentence.number,
                    entry.number,
                    sentence.text,
                    sentence.start,
                    sentence.end,
                    sentence.is_caption or entry.is_caption,
                    entry,
                    low,
                    high,
                    inside,
                )
            )
    sentence_postings.default_factory = None
    return sentences, sentence_postings


def _bm25_norm(length: int, average: float) -> float:
    return constants.BM25_K1 * (1 - constants.BM25_B + constants.BM25_B * length / (average or 1.0))


def _vocabulary(
    postings: dict[str, list[int]], paragraphs: list[ParagraphEntry], compounds: frozenset[str]
) -> Vocabulary:
    df = {term: len(docs) for term, docs in postings.items()}
    by_length: dict[int, list[str]] = defaultdict(list)
    for term in df:
        by_length[len(term)].append(term)
    return Vocabulary(
        df=df,
        postings=postings,
        paragraphs=paragraphs,
        sorted_terms=sorted(df),
        by_length=dict(by_length),
        compounds=compounds,
    )
