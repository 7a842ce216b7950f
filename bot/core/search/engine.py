"""Paragraph search for `lookup`: typo-tolerant, ranked, with matched words marked.

Query words resolve to article words (exact, inflection, prefix, typos by length); paragraphs
rank by BM25 over those words, exact phrases first, proximity breaking ties. No padding: a
query whose words are not in the article returns nothing, with "did you mean" suggestions.
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from dataclasses import dataclass
from operator import itemgetter

from bot.core import constants
from bot.core.article import Article
from bot.core.search.index import STOPWORDS, ArticleIndex, ParagraphEntry, TermMatch, build_index, query_words
from bot.core.search.windows import bounds, excerpt, windows

# Matched words are wrapped in these marks; shells turn them into bold or colour.
MARK_START = "\u0002"
MARK_END = "\u0003"


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

    def to_dict(self) -> dict:
        return {"query": self.query, "results": [h.to_dict() for h in self.hits]}


@dataclass(frozen=True, slots=True)
class QueryWord:
    """One word of the query and the article words it resolved to."""

    word: str
    matches: tuple[TermMatch, ...]
    is_stopword: bool


def lookup(article: Article, query: str, limit: int) -> LookupResult:
    """The paragraphs best matching `query`, best first; empty (with suggestions) if none do."""
    index = build_index(article)
    parsed = parse_query(index, query)
    content = [w for w in parsed if not w.is_stopword] or parsed
    if not content:
        return LookupResult(query, ())
    missing = [w for w in content if not w.matches]
    if len(missing) > allowed_missing(len(content)):
        return LookupResult(query, (), _suggestions(index, missing or content))
    if len(content) > 1:
        parsed = _as_phrase(index, parsed)
        content = [w for w in parsed if not w.is_stopword] or parsed
    hits = rank(index, parsed, content, limit)
    return LookupResult(query, tuple(hits))


def _as_phrase(index: ArticleIndex, parsed: list[QueryWord]) -> list[QueryWord]:
    """The query's words narrowed to the forms they take where the article has the whole phrase.

    For "euro zone", "euros" and "European" are look-alikes of "euro" that only count when the
    article never says "euro zone"; then paragraphs with the phrase lead and the rest follow on
    the phrase's own words.
    """
    used: list[set[str]] = [set() for _ in parsed]
    exact: list[set[str]] = [set() for _ in parsed]
    exact_forms = [{word.word} | {m.term for m in word.matches if m.kind == "exact"} for word in parsed]
    for position in _holding_all(index, parsed):
        entry = index.paragraphs[position]
        for start in _phrase_starts(entry, parsed):
            found = entry.terms[start : start + len(parsed)]
            target = exact if all(t in exact_forms[i] for i, t in enumerate(found)) else used
            for i, term in enumerate(found):
                target[i].add(term)
    chosen = exact if any(exact) else used
    if not any(chosen):
        return parsed
    return [
        QueryWord(
            word.word, tuple(m for m in word.matches if m.term in terms) or word.matches, word.is_stopword
        )
        for word, terms in zip(parsed, chosen, strict=True)
    ]


def parse_query(index: ArticleIndex, query: str) -> list[QueryWord]:
    vocabulary = index.vocabulary
    parsed = []
    for word in query_words(query, vocabulary.df):
        stop = word in STOPWORDS
        parsed.append(QueryWord(word, vocabulary.expand(word), stop))
    return parsed


def allowed_missing(content_words: int) -> int:
    """Words of a query that may match nothing: none of one or two, a third of longer ones."""
    return 0 if content_words <= 2 else content_words // 3


def rank(
    index: ArticleIndex, parsed: list[QueryWord], content: list[QueryWord], limit: int
) -> list[LookupHit]:
    """The best `limit` paragraphs: BM25 over the content words, exact phrases first, then proximity."""
    scored = _bm25(index, content)
    if not scored:
        return []
    top = heapq.nlargest(max(constants.SEARCH_RERANK, limit), scored.items(), key=itemgetter(1))
    results = []
    for position, score in top:
        entry = index.paragraphs[position]
        matched = _matched(index, position, content)
        phrases = _phrases(entry, parsed) if len(parsed) > 1 else []
        phrase = bool(phrases)
        proximity = _proximity(entry, matched) if len(matched) > 1 else 0.0
        final = score * (1 + constants.SEARCH_PHRASE_BONUS * phrase) + proximity
        if entry.is_caption:
            final *= constants.SEARCH_CAPTION_WEIGHT
        results.append((phrase, final, entry, matched, phrases))
    results = _equal_evidence_ties(results)
    results.sort(key=lambda r: (-r[0], -r[1], r[2].number))
    hits: list[LookupHit] = []
    for phrase, final, entry, matched, phrases in results:
        if len(hits) >= limit:
            break
        if len(entry.text) <= constants.SEARCH_LONG_PARAGRAPH_CHARS:
            marked = mark(entry, matched, phrases)
            hits.append(LookupHit(entry.number, entry.text, marked, final, entry.is_caption, phrase))
        else:
            hits.extend(_windows(entry, matched, phrases, final, phrase))
    hits.sort(key=lambda h: (-h.phrase, -h.score, h.paragraph))
    return hits[:limit]


def _equal_evidence_ties(results: list[tuple]) -> list[tuple]:
    """Paragraphs with the same evidence (the same words, as often, as close) score the same.

    Length normalisation alone would rank "Phase 2 (Route 9 corridor)" below "Phase 3" for
    being a few words longer; readers expect equal matches in the article's order.
    """
    best: dict[tuple, float] = {}
    keys = []
    for phrase, final, entry, matched, phrases in results:
        counts = entry.counts
        terms = tuple(sorted((t, counts[t]) for ts in matched.values() for t in ts))
        closeness = round(_proximity(entry, matched), 6) if len(matched) > 1 else 0.0
        key = (phrase, len(phrases), entry.is_caption, closeness, terms)
        keys.append(key)
        best[key] = max(best.get(key, 0.0), final)
    return [(r[0], best[key], *r[2:]) for r, key in zip(results, keys, strict=True)]


def _windows(
    entry: ParagraphEntry,
    matched: dict[int, set[str]],
    phrases: list[tuple[int, int]],
    score: float,
    phrase: bool,
) -> list[LookupHit]:
    """Hits for a long paragraph: a window of whole sentences around each group of matched words.

    A window's score is the paragraph's, scaled by the share of the matched words it holds.
    """
    word_of = {term: number for number, terms in matched.items() for term in terms}
    spans = [
        (t.start, t.end, word_of[t.term]) for t in (*entry.compounds, *entry.tokens) if t.term in word_of
    ]
    spans += [(a, b, -1) for a, b in phrases]
    found = windows(
        len(entry.text),
        entry.sentence_spans,
        spans,
        constants.SEARCH_WINDOW_CHARS,
        constants.SEARCH_MAX_WINDOWS,
    )
    hits = []
    for window in found:
        start, end = bounds(entry.text, window.start, window.end)
        inside = [(a - start, b - start) for a, b, _ in spans if start <= a and b <= end]
        has_phrase = phrase and -1 in window.words
        share = len(window.words - {-1}) / max(1, len(matched))
        marked = excerpt(entry.text, start, end, mark_spans(entry.text[start:end], inside))
        text = excerpt(entry.text, start, end)
        hits.append(LookupHit(entry.number, text, marked, score * share, entry.is_caption, has_phrase))
    return hits


def _bm25(index: ArticleIndex, content: list[QueryWord]) -> dict[int, float]:
    """paragraph position -> BM25 score, each query word counting its best-matching term."""
    k1 = constants.BM25_K1
    norms = index.norms
    totals: dict[int, float] = defaultdict(float)
    for word in content:
        best: dict[int, float] = totals if len(word.matches) == 1 else {}
        for match in word.matches:
            weight = index.idf(match.term) * match.quality * (k1 + 1)
            postings = index.postings.get(match.term, ())
            frequencies = index.frequencies.get(match.term, ())
            if best is totals:  # one term: add straight in, the common fast path
                for position, tf in zip(postings, frequencies, strict=True):
                    totals[position] += weight * tf / (tf + norms[position])
                continue
            for position, tf in zip(postings, frequencies, strict=True):
                value = weight * tf / (tf + norms[position])
                if value > best.get(position, 0.0):
                    best[position] = value
        if best is not totals:
            for position, value in best.items():
                totals[position] += value
    return totals


def _matched(index: ArticleIndex, position: int, content: list[QueryWord]) -> dict[int, set[str]]:
    """Query word number -> the article terms it matched in this paragraph."""
    counts = index.paragraphs[position].counts
    found: dict[int, set[str]] = {}
    for number, word in enumerate(content):
        terms = {m.term for m in word.matches if m.term in counts}
        if terms:
            found[number] = terms
    return found


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


def _phrases(entry: ParagraphEntry, parsed: list[QueryWord]) -> list[tuple[int, int]]:
    """Character spans where the query's words occur consecutively and in order (stopwords exactly)."""
    return [(entry.starts[a], entry.ends[a + len(parsed) - 1]) for a in _phrase_starts(entry, parsed)]


def _phrase_starts(entry: ParagraphEntry, parsed: list[QueryWord]) -> list[int]:
    """Word positions where the query's words begin, consecutive and in order."""
    sets = [{m.term for m in word.matches} or {word.word} for word in parsed]
    first = sorted(p for term in sets[0] for p in entry.positions.get(term, ()))
    terms = entry.terms
    found = []
    for start in first:
        end = start + len(sets) - 1
        if end < len(terms) and all(terms[start + i] in sets[i] for i in range(1, len(sets))):
            found.append(start)
    return found


def _proximity(entry: ParagraphEntry, matched: dict[int, set[str]]) -> float:
    """A small bonus, larger when the matched words sit close together (smallest window)."""
    events = sorted(
        (position, word) for word, terms in matched.items() for t in terms for position in entry.positions[t]
    )
    need = len(matched)
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
    return need / (best + 1) * 0.1 if best <= entry.length else 0.0


def mark(
    entry: ParagraphEntry, matched: dict[int, set[str]], phrases: list[tuple[int, int]] | None = None
) -> str:
    """The paragraph text with every matched word (and whole matched phrase) in MARK_START/MARK_END."""
    terms = set().union(*matched.values()) if matched else set()
    spans = [(t.start, t.end) for t in (*entry.compounds, *entry.tokens) if t.term in terms]
    return mark_spans(entry.text, [*spans, *(phrases or ())])


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


def _suggestions(index: ArticleIndex, words: list[QueryWord]) -> tuple[str, ...]:
    found: list[str] = []
    for word in words:
        for suggestion in index.vocabulary.suggest(word.word):
            if suggestion not in found:
                found.append(suggestion)
    return tuple(found[: constants.SEARCH_MAX_SUGGESTIONS])
