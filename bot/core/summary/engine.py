"""Extractive summary of an article: the sentences that best cover it, in article order.

Lead prior + PacSum-style directed centrality (tf-idf cosine, linear time), scaled by how well a
sentence stands alone; picked by MMR so no two say the same thing. Debris, fragments and captions
are screened out first (summary_filters); "He said..." follows its antecedent or is not picked.
"""

from __future__ import annotations

import heapq
import math
import re
from dataclasses import asdict, dataclass
from weakref import WeakKeyDictionary

from rapidfuzz import fuzz

from bot.core import constants
from bot.core.article import Article, Paragraph, Sentence
from bot.core.article.model import HEADING
from bot.core.summary.filters import OPENING_QUOTES, Screen, clipped, quote_open_after, screen
from bot.core.summary.terms import Vector, add_into, dot, terms_of, tfidf_vectors


@dataclass(frozen=True, slots=True)
class SummarySentence:
    text: str
    paragraph: int


@dataclass(frozen=True, slots=True)
class Summary:
    article: str
    sentences: tuple[SummarySentence, ...]

    def to_dict(self) -> dict:
        return {"article": self.article, "sentences": [asdict(s) for s in self.sentences]}


@dataclass(frozen=True, slots=True)
class Weights:
    """The summariser's knobs. The defaults were chosen on tuned news texts only, never on the held-out
    ones (eval/summary_eval.py; the figures are in docs/quality.md)."""

    position: float = 1.5  # weight of the lead prior
    position_decay: float = 6.0  # the prior halves roughly every this many sentences
    centrality: float = 2.0  # weight of the content centrality
    forward: float = 1.0  # PacSum: similarity to later sentences counts this much...
    backward: float = 1.0  # ...and to earlier ones this much
    short_words: int = 10  # sentences shorter than this are scaled down in proportion
    long_words: int = 35  # and longer ones gently scaled down
    quote: float = 0.55  # for sentences that open with a quotation mark
    question: float = 0.5
    spaced_end: float = 0.6  # for lines that had no full stop in the source (captions)
    redundancy: float = 0.7  # MMR: subtract this times the similarity to a picked sentence
    max_similarity: float = 0.5  # never pick a sentence this similar (cosine) to a picked one
    max_fuzz: float = 80.0  # nor one whose rapidfuzz token_set_ratio reaches this
    pool: int = 60  # MMR considers only this many best-scored sentences, to stay fast


DEFAULT_WEIGHTS = Weights()


@dataclass(frozen=True, slots=True)
class _Candidate:
    sentence: Sentence
    screen: Screen
    vector: Vector
    score: float
    previous: int | None  # number of the usable sentence just before, in the same paragraph
    dependent: bool  # leans back ("He said", "But") or continues a quotation begun earlier
    quoted_piece: bool = False  # continues a quotation begun earlier: never shown cut from its start
    # Opens a quotation a later sentence closes: those sentences, shown with it or it is not shown
    # ("“We won the argument." alone reads as the article's own, on a stray “); None: never whole.
    run: tuple[int, ...] | None = ()


def summarize(article: Article, count: int, weights: Weights = DEFAULT_WEIGHTS) -> Summary:
    """The `count` most important body sentences, in article order (fewer if it has fewer)."""
    picked = _select(_pool(article, weights), count, weights)
    if len(picked) < count:
        taken = {c.sentence.number for c in picked} | _quotations(article).inside  # no piece of a quotation
        picked += _short_sentences(article, count - len(picked), taken)
    picked.sort(key=lambda c: c.sentence.number)
    return Summary(
        article.id, tuple(SummarySentence(clipped(c.screen.text), c.sentence.paragraph) for c in picked)
    )


def _short_sentences(article: Article, count: int, taken: set[int]) -> list[_Candidate]:
    """Up to `count` whole sentences too short to compete ("The pier reopened on Friday."), in article
    order, for a summary asked for more sentences than a short article has of the usual length: the
    screen keeps such sentences out as fragments, which left a two-sentence story's lede out."""
    found = []
    before: Sentence | None = None
    for sentence in article.body_sentences[: constants.SUMMARY_MAX_CANDIDATES]:
        if len(found) == count:
            break
        after_quotation = _closes_quotation(before, sentence)
        before = sentence
        sc = screen(sentence.text)
        if sentence.number in taken or sc.unusable != "fragment" or sc.leans_back or sc.is_question:
            continue
        if after_quotation:  # “It was a long winter.” Mayor Olsen said.: the attribution, split off
            continue
        # No piece of a quotation ("“America is great!"), no handle ("Follow X on Twitter @x.").
        if _QUOTED_OR_HANDLE.search(sc.text):
            continue
        if len(sc.words) >= constants.SUMMARY_SHORT_MIN_WORDS and _WHOLE_SENTENCE.match(sc.text):
            found.append(_Candidate(sentence, sc, {}, 0.0, None, False))
    return found


def _closes_quotation(before: Sentence | None, sentence: Sentence) -> bool:
    """Whether `sentence` follows, in its paragraph, a sentence ending in a closing quotation mark."""
    return (
        before is not None
        and before.paragraph == sentence.paragraph
        and before.text.rstrip()[-1:] in _CLOSING_QUOTES
    )


_CLOSING_QUOTES = "”\"’'»"


# A sentence as written whole: a capital first, a full stop or an exclamation mark last.
_WHOLE_SENTENCE = re.compile(r"^[A-Z].*[.!]$")
_QUOTED_OR_HANDLE = re.compile(r"[\"“”‘«»@]|(?<!\w)'|'(?!\w)")


# The best-scored sentences of each article, kept while the article lives: scoring is linear
# in the article, picking from the pool is not, so repeated /summary calls cost almost nothing.
_POOLS: WeakKeyDictionary[Article, dict[Weights, list[_Candidate]]] = WeakKeyDictionary()


def _pool(article: Article, weights: Weights) -> list[_Candidate]:
    """The `weights.pool` best-scored candidates; MMR considers only these, to stay fast."""
    pools = _POOLS.setdefault(article, {})
    pool = pools.get(weights)
    if pool is None:
        candidates = _score(_usable_sentences(article), _quotations(article), weights)
        pool = pools[weights] = heapq.nlargest(weights.pool, candidates, key=lambda c: c.score)
    return pool


def _usable_sentences(article: Article) -> list[tuple[Sentence, Screen]]:
    """Body sentences fit to quote. If screening leaves none, the body sentences that have words;
    if the article has no body at all (every line unpunctuated), its sentences that are not repeats."""
    sentences = article.body_sentences or tuple(
        s
        for s in article.sentences
        if s.duplicate_of is None and article.paragraph(s.paragraph).kind != HEADING
    )
    # A summary is drawn from the article's first SUMMARY_MAX_SENTENCES sentences: a reader
    # does not weigh the 50,000th sentence of a "story" against its lede, and scoring every one
    # of a 3 MB text costs seconds.
    screened = [(s, screen(s.text)) for s in sentences[: constants.SUMMARY_MAX_CANDIDATES]]
    under_label = _under_labels(screened)
    usable = [
        (s, sc)
        for s, sc in screened
        if sc.unusable is None and s.number not in under_label and not _unpunctuated_line(article, s)
    ]
    if usable:
        return usable
    return [(s, sc) for s, sc in screened if sc.unusable != "debris" and sc.word_count] or [
        (s, sc) for s, sc in screened if sc.word_count
    ]


# A sentence ends in a stop, a question or exclamation mark or an ellipsis, perhaps inside a closing
# quotation mark or bracket ("... in May.”", "(He declined.)").
_ENDS_SENTENCE = re.compile(r"[.!?…][\"”’'»)\]]*\s*$")


def _unpunctuated_line(article: Article, sentence: Sentence) -> bool:
    """A paragraph of one sentence with no stop at its end is a photo's caption, a list's item, a
    credit or a lyric line ("Ann Holt waves to the crowd", "Choir - Sing it again (repeated)"), not
    a sentence of the story: a story's sentences end in a stop."""
    paragraph = article.paragraph(sentence.paragraph)
    return len(paragraph.sentences) == 1 and _ENDS_SENTENCE.search(paragraph.text) is None


def _under_labels(screened: list[tuple[Sentence, Screen]]) -> set[int]:
    """Numbers of sentences right after a short exclamation or question of the same paragraph ("Cry
    for help! This is one of the two parrots ...", "What did he do? He kept playing ..."): a photo's
    caption under its label, or the answer to a rhetorical question; neither stands alone."""
    labels = {(s.number + 1, s.paragraph) for s, sc in screened if _is_label(sc)}
    return {s.number for s, _ in screened if (s.number, s.paragraph) in labels}


def _is_label(sc: Screen) -> bool:
    """ "Cover star?", "Fresh from the gym!": a few words ending in "?" or "!", not a quotation."""
    return (
        0 < sc.word_count <= constants.SUMMARY_LABEL_MAX_WORDS
        and sc.text[:1].isupper()
        and sc.text.rstrip().endswith(("!", "?"))
    )


@dataclass(frozen=True, slots=True)
class _Quotations:
    """`inside`: numbers of sentences inside a quotation opened by an earlier sentence and closed by a
    later one (or themselves); a quotation never closed is left alone, for exports that join paragraphs
    drop the line breaks that would have ended it. `runs`: for each sentence opening a quotation that a
    later one closes, the sentences after it to the close, shown whole or not at all; None for one that
    runs on into the next paragraph (it cannot be shown whole)."""

    inside: set[int]
    runs: dict[int, tuple[int, ...] | None]


def _quotations(article: Article) -> _Quotations:
    """The article's quotations of more than one sentence (see _Quotations)."""
    inside: set[int] = set()
    runs: dict[int, tuple[int, ...] | None] = {}
    paragraphs = article.paragraphs
    for index, paragraph in enumerate(paragraphs):
        is_open, pending, opener = False, [], None
        for sentence in paragraph.sentences:
            text = sentence.text.lstrip()
            if text[:1] in OPENING_QUOTES:
                # The open quotation ran to here: a paragraph of it, its mark left open.
                if is_open and _short(pending):
                    inside.update(pending)
                    runs[opener] = None
                is_open, pending = False, []  # a new quotation (or paragraph of one) starts here
            elif is_open:
                pending.append(sentence.number)
            was_open, is_open = is_open, quote_open_after(text, is_open)
            if is_open and not was_open:
                opener = sentence.number
            if not is_open:
                if pending and (_short(pending) or not _opens_one(text)):
                    inside.update(pending)
                    runs[opener] = tuple(pending)
                pending = []
        if (
            is_open
            and _short(pending)
            and index + 1 < len(paragraphs)
            and _opens_quotation(paragraphs[index + 1])
        ):
            inside.update(pending)  # the quotation goes on: its next paragraph opens with a mark
            runs[opener] = None
    return _Quotations(inside, runs)


def _short(pending: list[int]) -> bool:
    """Whether a quotation still open after these sentences may be one: more of them than this, and
    the open mark is taken for an unbalanced one, unless a sentence of its paragraph plainly closes
    it (a mayor's statement of eleven sentences, read out whole, is still the mayor's)."""
    return len(pending) <= constants.SUMMARY_MAX_QUOTE_SENTENCES


def _opens_one(text: str) -> bool:
    """Whether a sentence opens a quotation of its own: its closing mark may then be that quotation's,
    not the close of a long one opened sentences before."""
    return _OPENING_MARK.search(text) is not None


# A double opening mark: a curly or angled one, or a straight one before a word (single marks are
# left out: "the mayor's" holds one).
_OPENING_MARK = re.compile(r"[“«]|(?<!\w)\"(?=\w)")


def _opens_quotation(paragraph: Paragraph) -> bool:
    """Whether a paragraph opens with a quotation mark, as the next paragraph of a quotation does."""
    return bool(paragraph.sentences) and paragraph.sentences[0].text.lstrip()[:1] in OPENING_QUOTES


def _score(
    sentences: list[tuple[Sentence, Screen]],
    quotations: _Quotations,
    w: Weights,
) -> list[_Candidate]:
    if not sentences:
        return []
    weighed = constants.SUMMARY_SENTENCE_WORDS_WEIGHED
    vectors = tfidf_vectors([terms_of(sc.words[:weighed]) for _, sc in sentences])
    centrality = _centrality(vectors, w)
    top = max(centrality) or 1.0
    candidates = []
    previous: Sentence | None = None
    for rank, ((sentence, sc), vector, central) in enumerate(
        zip(sentences, vectors, centrality, strict=True)
    ):
        prior = math.exp(-rank * math.log(2) / w.position_decay)
        base = w.position * prior + w.centrality * central / top
        before = previous.number if previous and previous.paragraph == sentence.paragraph else None
        piece = sentence.number in quotations.inside
        dependent = sc.leans_back or piece
        run = quotations.runs.get(sentence.number, ())
        score = base * _fitness(sc, w)
        candidates.append(_Candidate(sentence, sc, vector, score, before, dependent, piece, run))
        previous = sentence
    return candidates


def _centrality(vectors: list[Vector], w: Weights) -> list[float]:
    """PacSum-style directed centrality in linear time: sum of cosines to later and earlier sentences."""
    total: dict[str, float] = {}
    for vector in vectors:
        add_into(total, vector)
    before: dict[str, float] = {}
    scores = []
    for vector in vectors:
        to_earlier = dot(vector, before)
        to_later = dot(vector, total) - to_earlier - dot(vector, vector)
        scores.append(max(0.0, w.forward * to_later + w.backward * to_earlier))
        add_into(before, vector)
    return scores


def _fitness(sc: Screen, w: Weights) -> float:
    """How well a sentence stands alone as a summary line (1.0 = no reservation)."""
    factor = 1.0
    if sc.word_count < w.short_words:
        factor *= sc.word_count / w.short_words
    elif sc.word_count > w.long_words:
        factor *= w.long_words / sc.word_count
    if sc.is_quote:
        factor *= w.quote
    if sc.is_question:
        factor *= w.question
    if sc.spaced_end:
        factor *= w.spaced_end
    return factor


def _select(pool: list[_Candidate], count: int, w: Weights) -> list[_Candidate]:
    """Maximal marginal relevance: score minus similarity to what is already picked."""
    overlap = [0.0] * len(pool)  # each one's highest similarity to a picked sentence
    open_ = set(range(len(pool)))
    picked: list[_Candidate] = []
    while open_ and len(picked) < count:
        numbers = {p.sentence.number for p in picked}
        best = max(
            open_, key=lambda i: (_stands(pool[i], numbers), pool[i].score - w.redundancy * overlap[i])
        )
        open_.discard(best)
        candidate = pool[best]
        if candidate.quoted_piece and candidate.previous not in numbers:
            # "The crossing is our road." of “We missed the island. The crossing is our road.” would
            # read as the article's own statement, and the last piece ends on a stray ”: a short
            # article's summary is better a sentence shorter.
            continue
        if overlap[best] >= w.max_similarity or _fuzzy_repeat(candidate, picked, w):
            continue
        whole = _whole_quotation(candidate, pool, count - len(picked))
        if whole is None:
            continue
        for taken in whole:
            picked.append(pool[taken])
            open_.discard(taken)
            for i in open_:
                overlap[i] = max(overlap[i], dot(pool[i].vector, pool[taken].vector))
    return picked


def _whole_quotation(candidate: _Candidate, pool: list[_Candidate], room: int) -> list[int] | None:
    """The pool places of `candidate` and, when it opens a quotation a later sentence closes, of the
    rest of that quotation, which must all be there and fit in `room`; None when they cannot."""
    at = pool.index(candidate)
    if candidate.run == ():
        return [at]
    if candidate.run is None or len(candidate.run) + 1 > room:
        return None
    places = {c.sentence.number: i for i, c in enumerate(pool)}
    if any(number not in places for number in candidate.run):
        return None
    return [at, *(places[number] for number in candidate.run)]


def _stands(candidate: _Candidate, picked_numbers: set[int]) -> bool:
    """A sentence that opens "He said", "But", "This" is picked only right after the sentence it
    points back to, unless nothing else is left."""
    return not candidate.dependent or candidate.previous in picked_numbers


def _fuzzy_repeat(candidate: _Candidate, picked: list[_Candidate], w: Weights) -> bool:
    """A reworded repeat that tf-idf misses (different rare words, same sentence).

    Compared on their first NEAR_DUPLICATE_MAX_CHARS characters: rapidfuzz costs the product
    of the lengths, and a text without full stops is one "sentence" of megabytes."""
    limit = constants.NEAR_DUPLICATE_MAX_CHARS
    text = candidate.screen.text[:limit]
    return any(fuzz.token_set_ratio(text, p.screen.text[:limit]) >= w.max_fuzz for p in picked)
