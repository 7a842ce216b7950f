"""Candidate answers for `ask`: question words, sentence scoring and a confidence fitted on data.

Sentences are ranked with the search index (typo-tolerant words weighted by rarity, adjacent
question words, the kind of answer the question wants); each gets the confidence model's
probability (bot.core.ask.confidence) that it answers, which decides the reply's tier.
"""

from __future__ import annotations

import heapq
import itertools
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from operator import itemgetter
from weakref import WeakKeyDictionary

from bot.core import constants
from bot.core.article import Article
from bot.core.ask import confidence
from bot.core.ask.forms import derived, news_synonyms, place_forms, shown_by, similar, synonyms
from bot.core.ask.question import (
    ALIAS,
    COUNT,
    FUTURE_WORD,
    HOW,
    HOW_MANY,
    MONEY,
    NAME,
    PLACE_CATEGORIES,
    REPORT_WORD,
    STRICT_KINDS,
    TIME_CATEGORIES,
    WHEN,
    WHERE,
    WHERE_WORD,
    WHO,
    WHY,
    asks_future,
    asks_when_said,
    asks_where,
    asks_whether,
    classify,
    kind_markers,
)
from bot.core.ask.question import answer_type_score as type_score
from bot.core.ask.references import naming_others, other_persons_pronoun, people_terms, referring
from bot.core.ask.subjects import asked_deed, does_the_deed
from bot.core.language.lexicon import HONORIFICS, ORDINALS, is_title
from bot.core.language.stemming import stem
from bot.core.language.text import is_question, words
from bot.core.search.commonwords import is_common
from bot.core.search.index import (
    STOPWORDS,
    ArticleIndex,
    SentenceEntry,
    TermMatch,
    build_index,
    query_words,
)

_ORDINALS = frozenset(ORDINALS)
# Words that shape a question but rarely appear in its answer sentence.
_QUESTION_FILLER = frozenset(
    """type kind sort name names named call called term terms word words mean meaning means refer
    referred known considered describe described happen happened article according example
    say said tell told think thought per commented happens occur occurs occurred occurring located situated
    """.split()
)
# Phrases that set the asked thing beside others the question names ("Along with X and Y, what ...?",
# "In addition to X, what ...?", "Aside from X, what ...?", "What is another name for X?"): the words
# of the phrase say how the answer stands to X, not what the answer sentence says. Each: the phrase's
# word and the words that must stand right before and after it (None: any).
_FRAMING = (
    ("along", None, "with"),
    ("addition", "in", "to"),
    ("aside", None, "from"),
    ("apart", None, "from"),
    ("besides", None, None),
    ("another", None, "name"),
    ("another", None, "term"),
    ("another", None, "word"),
)
# Titles before a name ("What did Mr Lyle notice?") say nothing to match: "Mr" would rank a sentence
# with any Mr above the one with what he noticed. Not those that are ordinary words ("miss", "lady").
_TITLE_FILLER = HONORIFICS - frozenset("miss lady lord sir dame".split())
# Words a question of this kind asks with that its answer supplies: "When did she last see..."
# is answered by "since 2021", "How many times..." by "twice".
_KIND_FILLER = {
    # "When did the siege take place?" is answered by "The siege of 1097...": the date is the event.
    # "When was the debate held?" is answered by "Tuesday night's debate": an event is held when it is.
    WHEN: frozenset("last latest recently ever take took place occur occurs occurred held".split()),
    WHERE: frozenset("located situated location".split()),
    HOW_MANY: frozenset("times".split()),
    COUNT: frozenset("times".split()),
    # "How much will it cost?" is answered by "€480 million": the amount is the cost.
    MONEY: frozenset("cost costs costing price priced worth".split()),
    # "What was Mata's nickname?" is answered by "Mata, also known as ...": the other name is the answer.
    ALIAS: frozenset(
        "also known called named name names nickname nicknames nicknamed alias aliases dubbed".split()
    ),
}
# Verbs that say little on their own ("What did he get?"): rare in an article is no sign of meaning.
_LIGHT_VERBS = frozenset(
    "get gets got getting gotten make makes made making take takes took taken taking go goes went gone "
    "going come comes came coming put puts putting keep keeps kept give gives gave given".split()
)
_CONTINUING = frozenset("that this these those such".split())  # openers that point back
_PRONOUNS = frozenset("he she his her him i my me they their them we our".split())
_SOLID = ("exact", "stem", "family")  # matches that are the word itself, not a look-alike
_HOW_MUCH = re.compile(r"\bhow\s+(?:many|much|long|old|far|often|big|large)\b", re.IGNORECASE)
# "In what year", "which country": the category of the answer (checked by its type), not a claim.
_CATEGORY = re.compile(rf"\b(what|which)\s+(?:{TIME_CATEGORIES}|{PLACE_CATEGORIES})\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Word:
    """A content word of the question: the article terms it may be and its rarity weight."""

    word: str
    terms: dict[str, float]  # article term -> match quality
    weight: float
    kind: str = "word"  # "word", "name" (capitalised in the article or question) or "number"
    position: int = 0  # where it stands among the question's words
    related: frozenset[str] = frozenset()  # terms only WordNet relates to it ("successor" for "succeed")
    surname: str | None = None  # for a given name asked with its surname: that word ("keel" for "marta")

    @property
    def known(self) -> bool:
        """True when the article has this word in some form."""
        return bool(self.terms)


@dataclass
class Candidate:
    """One or two adjacent sentences that may answer the question, with their evidence."""

    sentences: tuple[SentenceEntry, ...]
    score: float
    coverage: float
    type_score: float
    confidence: float = 0.0
    matched: set[str] = field(default_factory=set)
    context: set[str] = field(default_factory=set)  # question words found only around it
    weak: set[str] = field(default_factory=set)  # matched only loosely (typo, word family)
    related: set[str] = field(default_factory=set)  # matched only by a word WordNet relates ("successor")
    borrowed: bool = False  # the kind of answer wanted comes from the sentence next to the match
    evidence: confidence.Evidence | None = None

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.sentences)

    @property
    def paragraph(self) -> int:
        return self.sentences[0].paragraph


_POSSESSOR = re.compile(r"\b([A-Z][\w-]*)['’]s?\b")
# "Who is X?", "Who's X?": asks who someone is (ask.introductions answers it).
_WHO_IS = re.compile(r"^\s*who(?:'s|’s|\s+(?:is|was|are|were))\s", re.IGNORECASE)


def rank_candidates(article: Article, question: str) -> list[Candidate]:
    """The best few plausible answers, best first, each with a confidence in 0..1."""
    index = build_index(article)
    words = content_words(index, question)
    if not words or not index.sentences:
        return []
    kind = classify(question).kind
    asked = _asked_terms(question, words)
    candidates = _gather(article, index, words, kind, asked)
    candidates.sort(key=lambda c: -c.score)
    top = candidates[: constants.ASK_CANDIDATES]
    if kind == WHO:
        _opening_names(article, index, top, asked)
        _doers_named(question, top)
    _assess(index, top, candidates, words, _checks(article, index, question, words, kind))
    # A well-supported sentence beats one that scores higher on a single repeated word.
    top.sort(key=lambda c: -rank_weight(c))
    return top


def _asked_terms(question: str, words: list[Word]) -> set[str]:
    """What the question asks with: its words, their article forms, and the markers of where and will."""
    asked = {w.word for w in words} | {t for w in words for t in w.terms}
    if asks_where(question):
        asked.add(WHERE_WORD)
    if asks_future(question):
        asked.add(FUTURE_WORD)
    asked |= kind_markers(question)  # "How long ...?", "How big ...?"
    if asks_when_said(question):
        asked.add(REPORT_WORD)
    return asked


def _gather(
    article: Article, index: ArticleIndex, words: list[Word], kind: str, asked: set[str]
) -> list[Candidate]:
    """Every candidate, unsorted: each preselected sentence, with its successor, and its typed neighbours."""
    total = sum(w.weight for w in words)
    candidates = []
    positions = _preselect(index, words)
    names = [w.word for w in words if w.kind == "name" and w.known]
    # Sentences (and each one's successor, for pairs) that speak of the person asked about as "he".
    reach = sorted({p + step for p in positions for step in (0, 1) if p + step < len(index.sentences)})
    refers = referring(article, index, names, reach)
    # "Holloway married the engineer James Park in 1961. He died in 2010.": that "He" is not Holloway.
    pronoun = other_persons_pronoun(article, names)
    crowded = naming_others(article, index, names, positions) if pronoun else set()
    for position in positions:
        sentence = index.sentences[position]
        candidate = _score(index, sentence, words, total, kind, asked, refers.get(position, set()))
        if candidate is None:
            continue
        candidates.append(candidate)
        other = pronoun if position in crowded else None
        pair = _pair(
            index, position, candidate, words, total, kind, asked, refers.get(position + 1, set()), other
        )
        if pair is not None:
            candidates.append(pair)
        if kind in _BORROWING_KINDS and candidate.type_score < 1:
            candidates.extend(_typed_neighbours(index, position, candidate, words, kind, asked, other))
    return candidates


@dataclass(frozen=True, slots=True)
class _Checks:
    """What the question says that every candidate's features are checked against (confidence.evidence)."""

    topic: set[str]
    checked: bool
    negative: bool
    denied: tuple
    wants_kind: bool
    contrary: dict[str, frozenset[str]]
    asserted: tuple
    unplaced: frozenset[str]


def _checks(article: Article, index: ArticleIndex, question: str, words: list[Word], kind: str) -> _Checks:
    """What a candidate must agree with: the title's words, a "not", the opposites, the kind wanted."""
    topic = set(query_words(article.title, index.vocabulary.df))
    negative = confidence.negated(question)
    # "Why couldn't she become president?" states a fact the article gives in its own words ("prevented
    # her from becoming"): only a question asking what or who is checked for a sentence saying otherwise.
    asked_words = _asked_words(index, question)
    denied = confidence.denied_words(asked_words, words) if kind not in (WHY, HOW) else ()
    # "Was growth as fast as forecast?" is answered by "slower than forecast": a yes/no question may be
    # answered by the opposite.
    contrary = {} if asks_whether(question) else confidence.contraries(asked_words)
    # "What has the guild written down?" against "The guild has never written down its rules": a what- or
    # who-question asserts its words, a sentence holding one only after "not" says it is not so.
    asserted = (
        tuple(w for w in words if w.kind == "word")
        if not negative and kind not in (WHY, HOW) and not asks_whether(question)
        else ()
    )
    people = people_terms(article) if any(w.kind == "name" for w in words) else frozenset()
    unplaced = _unplaced_names(question, words, people)
    checked = kind in _CHECKED_KINDS
    # "Who is Brand Finance?" wants what the sentence introducing it says, with or without a new name.
    wants_kind = checked and not (kind == WHO and _asks_who_is(question, words))
    return _Checks(topic, checked, negative, denied, wants_kind, contrary, asserted, unplaced)


def _assess(
    index: ArticleIndex, top: list[Candidate], candidates: list[Candidate], words: list[Word], checks: _Checks
) -> None:
    """Each top candidate's features and confidence, its lead taken over the best candidate apart from it."""
    single = index.sentences[0].paragraph == index.sentences[-1].paragraph
    phrases: dict[int, bool] = {}
    for candidate in top:
        rival = next((c.score for c in candidates if apart(c, candidate, single)), 0.0)
        lead = (candidate.score - rival) / candidate.score if candidate.score > 0 else 0.0
        candidate.evidence = confidence.evidence(
            candidate,
            words,
            index,
            checks.topic,
            checks.checked,
            lead,
            checks.negative,
            checks.denied,
            checks.wants_kind,
            checks.contrary,
            checks.asserted,
            checks.unplaced,
            phrases,
        )
        shift = constants.ASK_ONE_PARAGRAPH_SHIFT if single else 0.0
        candidate.confidence = round(candidate.evidence.probability(shift), 4)


def _unplaced_names(question: str, asked: list[Word], people: frozenset[str]) -> frozenset[str]:
    """The names the question asks about that a sentence should hold itself: not a person's (a story
    speaks of them as "he" or "the 45-year-old"), not an owner ("Brenmoor's fleet": the fleet is the
    thing asked), not part of a longer name ("the Council Chamber", written "the Chamber")."""
    owners = {w.casefold() for w in _POSSESSOR.findall(question)}
    names = [w for w in asked if w.kind == "name"]
    return frozenset(
        w.word
        for w in names
        if people.isdisjoint(w.terms)
        and w.word not in owners
        and not any(abs(o.position - w.position) == 1 for o in names)
    )


def _asks_who_is(question: str, words: list[Word]) -> bool:
    """ "Who is Brand Finance?": who someone or something named is (every content word a name)."""
    return bool(_WHO_IS.match(question)) and bool(words) and all(w.kind == "name" for w in words)


def _opening_names(article: Article, index: ArticleIndex, top: list[Candidate], asked: set[str]) -> None:
    """A sentence opening with the surname of someone the article names ("Hewitt looked to be cruising
    ...") holds a name for a who-question, though a capital opening a sentence proves none by itself."""
    people = people_terms(article)
    for candidate in top:
        if candidate.type_score >= 1:
            continue
        for sentence in candidate.sentences:
            first = words(sentence.text[: constants.ASK_OPENING_CHARS])[:1]
            opening = query_words(first[0], index.vocabulary.df) if first and first[0][:1].isupper() else []
            if len(opening) == 1 and opening[0] in people and opening[0] not in asked:
                candidate.type_score = 1.0
                break


def _doers_named(question: str, top: list[Candidate]) -> None:
    """A sentence saying who does the deed asked, by ordinary words ("The council will pay for the new
    roof" of "Who will pay for it?"), holds the answer a who-question wants, as a name would."""
    deed = asked_deed(question)
    if deed is None:
        return
    for candidate in top:
        if candidate.type_score < 1 and any(does_the_deed(deed, s.text) for s in candidate.sentences):
            candidate.type_score = 1.0


def rank_weight(candidate: Candidate) -> float:
    """What the candidates are ranked by: the score, weighed by the confidence."""
    return candidate.score * (constants.ASK_RERANK_FLOOR + candidate.confidence)


def apart(one: Candidate, other: Candidate, single: bool) -> bool:
    """True when `other` answers from somewhere else than `one`: another paragraph or, in an article
    that is one paragraph (a one-line corpus text), a sentence more than an answer's length away;
    there "the best candidate in another paragraph" would never exist and every lead would be full."""
    if one.paragraph != other.paragraph:
        return True
    distance = abs(one.sentences[0].start - other.sentences[0].start)
    return single and distance > constants.ASK_MAX_ANSWER_CHARS


def _preselect(index: ArticleIndex, words: list[Word]) -> list[int]:
    """The sentences worth full scoring: those with the most question-word weight, in order.

    Only sentences holding a question word can score at all; on long articles a cheap sum of
    weights keeps the full scoring to a few hundred of them.
    """
    cheap: dict[int, float] = defaultdict(float)
    for word in words:
        seen: set[int] = set()
        for term, quality in sorted(word.terms.items(), key=lambda item: -item[1]):
            for position in index.sentence_postings.get(term, ()):
                if position not in seen:
                    seen.add(position)
                    cheap[position] += word.weight * quality
    if len(cheap) > constants.ASK_PRESELECT:
        return sorted(p for p, _ in heapq.nlargest(constants.ASK_PRESELECT, cheap.items(), key=itemgetter(1)))
    return sorted(cheap)


# Each article's latest questions' content words: one reply reads them several times (the ranking,
# the checks on the best candidate, the answer shown), and each read expands every word anew.
_CONTENT_WORDS: WeakKeyDictionary[ArticleIndex, dict[str, tuple[Word, ...]]] = WeakKeyDictionary()


def content_words(index: ArticleIndex, question: str) -> list[Word]:
    """The question's content words, each with the article terms it matches and an idf weight."""
    kept = _CONTENT_WORDS.setdefault(index, {})
    words = kept.get(question)
    if words is None:
        if len(kept) >= constants.ASK_CONTENT_WORDS_KEPT:
            kept.clear()
        words = kept[question] = tuple(_content_words(index, question))
    return list(words)


def _content_words(index: ArticleIndex, question: str) -> list[Word]:
    found: list[Word] = []
    seen: set[str] = set()
    unseen_idf = math.log(1 + (len(index.sentences) + 0.5) / 0.5)
    capitalised = _capitalised_words(question)
    filler = _QUESTION_FILLER | _KIND_FILLER.get(classify(question).kind, frozenset())
    asked = _asked_words(index, question)
    for position, word in enumerate(asked):
        if word in STOPWORDS or word in filler or word in seen or _title_before_name(asked, position):
            continue
        if _framing(asked, position):
            continue
        seen.add(word)
        matches = [m for m in index.vocabulary.expand(word) if m.kind != "prefix" or len(word) >= 5]
        if any(m.kind in _SOLID for m in matches):
            matches = [m for m in matches if m.kind in _SOLID]  # typos only when needed
        elif is_common(word):
            # "evaluated" is a word of its own, not a typo of the article's "evacuate" (as in lookup).
            matches = [m for m in matches if m.kind != "typo"]
        known = {m.term for m in matches}
        matches += [m for m in index.vocabulary.relatives(word) if m.term not in known]
        absent = not any(m.kind in _SOLID for m in matches)
        others = _other_forms(index, word, {m.term for m in matches}, absent)
        matches += others
        terms = {m.term: m.quality for m in matches}
        # The word's rarity is that of its best match, not of a rare look-alike.
        best = max(matches, key=lambda m: (m.quality, -index.sentence_df.get(m.term, 0)), default=None)
        # A word the article has only through WordNet weighs as an unseen one: the confidence, which
        # gives such a match no credit, stays what it was without it.
        weight = index.sentence_idf(best.term) if best and best.kind != "related" else unseen_idf
        if word in _LIGHT_VERBS:
            weight *= constants.ASK_LIGHT_VERB_WEIGHT
        found.append(
            Word(
                word,
                terms,
                weight,
                _word_kind(index, word, best.term if best else None, capitalised),
                position,
                frozenset(m.term for m in others if m.kind == "related"),
            )
        )
    return _full_names(index, found)


def kind_words(question: str) -> frozenset[str]:
    """The words "How much were the goods worth?" asks its kind of answer with ("worth"), which rank
    nothing (they are filler: the answer supplies them), as typed in the question."""
    filler = _KIND_FILLER.get(classify(question).kind, frozenset())
    return frozenset(w for w in (w.casefold() for w in words(question)) if w in filler)


def _asked_words(index: ArticleIndex, question: str) -> list[str]:
    """The question's normalised words, which its content words' positions count."""
    return query_words(_CATEGORY.sub(r"\1", _HOW_MUCH.sub("how", question)), index.vocabulary.df)


def _framing(asked: list[str], position: int) -> bool:
    """ "along" in "Along with X, what ...?", "another" in "What is another name for X?" (_FRAMING)."""
    before = asked[position - 1] if position > 0 else None
    after = asked[position + 1] if position + 1 < len(asked) else None
    return any(
        asked[position] == word and (wanted_before in (None, before)) and (wanted_after in (None, after))
        for word, wanted_before, wanted_after in _FRAMING
    )


def _title_before_name(asked: list[str], position: int) -> bool:
    """ "Mr" in "What did Mr Lyle notice?"; not "Gov." standing alone for "the governor"."""
    following = asked[position + 1] if position + 1 < len(asked) else None
    return asked[position] in _TITLE_FILLER and following is not None and following not in STOPWORDS


def _full_names(index: ArticleIndex, found: list[Word]) -> list[Word]:
    """A person asked by given name and surname ("What did Marta Keel say?"): the given name knows its
    surname, so that a sentence calling them by the surname alone ("Keel said...", as news copy does
    after the first mention) lacks no part of the name. Only for a given name right before the
    surname, both names the article has, and a surname no other given name comes before in the
    article (two brothers Shilov); titles are no given names."""
    words = list(found)
    for number, (given, surname) in enumerate(itertools.pairwise(found)):
        if given.kind != "name" or surname.kind != "name" or surname.position - given.position != 1:
            continue
        if not given.known or not surname.known or _is_title(given.word):
            continue
        before = _words_before(index, surname)
        others = {w for w in before - {given.word} if index.vocabulary.is_name(w) and not _is_title(w)}
        if given.word in before and not others:
            words[number] = replace(given, surname=surname.word)
    return words


def _is_title(word: str) -> bool:
    return is_title(word)


def _words_before(index: ArticleIndex, surname: Word) -> set[str]:
    """The terms the article writes right before `surname` (bounded reads)."""
    positions = index.sentences_holding(surname.terms)
    found = set()
    for position in positions[: constants.ASK_PHRASE_SENTENCES]:
        terms = index.sentences[position].terms
        found.update(a for a, b in itertools.pairwise(terms) if b in surname.terms)
    return found


def _other_forms(index: ArticleIndex, word: str, known: set[str], absent: bool) -> list[TermMatch]:
    """The article's place for a people-word and back ("Chinese" for "China"), and its words for
    a synonym of `word` ("established" for "founded") or a word WordNet derives from it ("successor"
    for "succeeded"), at their lower match qualities. WordNet's synonyms ("hypothesis" for "theory")
    only for a word the article never uses (`absent`): beside the word itself they were noise."""
    # "Polish" for "Poland" only where the article lacks the word asked: beside it, the other word
    # ranked sentences about another thing ("Irish culture" for "... built by the Irish?").
    forms = place_forms(word, index.vocabulary.df, irregular=absent)
    found = {t: constants.ASK_PLACE_FORM_QUALITY for t in forms}
    # The word lists are sets: read in sorted order, so that which of two equal matches is the
    # "best" (and so the word's kind) never depends on the hash seed of the run.
    # News copy's words for one the article lacks ("conceded" for "admit", "film" for "movie").
    for other in sorted(synonyms(word) | (news_synonyms(word) if absent else frozenset())):
        # Same-stem lookups only: a typo search per synonym would cost too much on long articles.
        for term in (other, *index.vocabulary.by_stem.get(stem(other), ())):
            if term in index.vocabulary.df:
                found.setdefault(term, constants.ASK_SYNONYM_QUALITY)
    kinds = dict.fromkeys(found, "synonym")
    loose = (*sorted(similar(word)), *sorted(shown_by(word))) if absent else ()
    for other in (*sorted(derived(word)), *loose):
        for term in (other, *index.vocabulary.by_stem.get(stem(other), ())):
            if term in index.vocabulary.df and term not in found:
                found[term], kinds[term] = constants.ASK_RELATED_QUALITY, "related"
    return [TermMatch(t, q, kinds[t]) for t, q in found.items() if t not in known]


def _capitalised_words(question: str) -> set[str]:
    """Folded words written with a capital inside the question (its first word excluded)."""
    inside = " ".join(t for t in question.split()[1:] if t[:1].isupper())
    return set(query_words(inside, {}))


def _word_kind(index: ArticleIndex, word: str, term: str | None, capitalised: set[str]) -> str:
    if any(ch.isdigit() for ch in word) or word in _ORDINALS:
        return "number"
    # Capitalised inside the question, or mostly in the article: a name.
    if word in capitalised or (term is not None and index.vocabulary.is_name(term)):
        return "name"
    return "word"


def _score(
    index: ArticleIndex,
    sentence: SentenceEntry,
    words: list[Word],
    total: float,
    kind: str,
    asked: set[str],
    referred: set[str] = frozenset(),
) -> Candidate | None:
    """The candidate one sentence makes, scored for ranking; None when it holds none of the words."""
    tally = _tally(index, sentence, words, referred)
    if not tally.matched:
        return None
    matched = tally.matched
    # "Keel said...": the person asked as "Marta Keel" is there (for the confidence; the score is kept,
    # so that sentences naming them in full still rank first).
    matched |= {w.word for w in words if w.surname in matched and w.word not in tally.near}
    coverage = tally.hits / total
    answer_type = type_score(kind, sentence.text, asked)
    score = _ranking_score(sentence, words, total, asked, tally, answer_type)
    return Candidate(
        (sentence,),
        score,
        coverage + tally.context / total,
        answer_type,
        matched=matched,
        context=tally.near,
        weak=tally.weak,
        related=tally.related,
    )


@dataclass(slots=True)
class _Tally:
    """What one sentence holds of the question's words, summed word by word in the question's order."""

    hits: float = 0.0  # match quality, weighted by rarity
    context: float = 0.0  # credit for words found only around the sentence
    bm25: float = 0.0
    matched: set[str] = field(default_factory=set)
    near: set[str] = field(default_factory=set)
    weak: set[str] = field(default_factory=set)
    related: set[str] = field(default_factory=set)


def _tally(index: ArticleIndex, sentence: SentenceEntry, words: list[Word], referred: set[str]) -> _Tally:
    """How each question word is found: in the sentence, as the person it speaks of, or only around it."""
    counts = sentence.counts
    tally = _Tally()
    norm_length = _length_norm(index, sentence)
    around, nearby, before = _surroundings(index, sentence)
    for word in words:
        best, best_term = _best_term(word, counts)
        if best_term is not None:
            tally.hits += word.weight * best
            tally.matched.add(word.word)
            if best < constants.ASK_STRONG_MATCH:
                tally.weak.add(word.word)
            if best_term in word.related:
                tally.related.add(word.word)
            tf = counts[best_term]
            tally.bm25 += (
                word.weight * best * tf * (constants.BM25_K1 + 1) / (tf + constants.BM25_K1 * norm_length)
            )
        elif word.word in referred:
            # "He arrived in Congress in 1993" right after a sentence naming Scott alone: Scott's name.
            best = constants.ASK_REFERENCE_QUALITY
            tally.hits += word.weight * best
            tally.matched.add(word.word)
            if best < constants.ASK_STRONG_MATCH:
                tally.weak.add(word.word)
            tally.bm25 += word.weight * best * (constants.BM25_K1 + 1) / (1 + constants.BM25_K1 * norm_length)
        elif any(term in (nearby if word.kind == "name" else around) for term in word.terms) or (
            word.kind == "name" and any(term in before for term in word.terms)
        ):
            tally.context += word.weight * constants.ASK_CONTEXT_CREDIT
            tally.near.add(word.word)
    return tally


def _length_norm(index: ArticleIndex, sentence: SentenceEntry) -> float:
    """How much the sentence's length discounts its term counts (BM25's length normalisation)."""
    length = max(1, sentence.high - sentence.low)
    return 1 - constants.ASK_BM25_B + constants.ASK_BM25_B * length / (index.average_sentence_length or 1)


def _surroundings(index: ArticleIndex, sentence: SentenceEntry) -> tuple[Counter, Counter, set[str]]:
    """Where a question word counts as near the sentence: its paragraph, where a name counts, and the
    paragraphs before a pronoun."""
    around = index.entry(sentence.paragraph).counts
    # A name found only far off in an article of one paragraph is a name elsewhere, not around it.
    single = index.sentences[0].paragraph == index.sentences[-1].paragraph
    nearby = _nearby(index, sentence) if single else around
    return around, nearby, _mentioned_before(index, sentence)


def _best_term(word: Word, counts: Counter) -> tuple[float, str | None]:
    """The form of `word` the sentence holds that matches it best (the first of equals), and its quality."""
    best, best_term = 0.0, None
    for term, quality in word.terms.items():
        if term in counts and quality > best:
            best, best_term = quality, term
    return best, best_term


def _ranking_score(
    sentence: SentenceEntry,
    words: list[Word],
    total: float,
    asked: set[str],
    tally: _Tally,
    answer_type: float,
) -> float:
    """The score sentences are ranked by: BM25, context, adjacent words, proximity and answer type."""
    pair_count = _adjacent_pairs(sentence, words)
    novelty = any(t not in asked and t not in STOPWORDS for t in sentence.terms)
    score = (
        tally.bm25
        + tally.context
        + constants.ASK_BIGRAM_WEIGHT * pair_count
        + constants.ASK_PROXIMITY_WEIGHT * _proximity(sentence, words, tally.matched)
        + constants.ASK_TYPE_WEIGHT * answer_type * (total / len(words))
    )
    # A sentence that only repeats the question's words adds nothing to answer with.
    if not novelty:
        score *= 0.5
    if sentence.is_caption:
        score *= constants.ASK_CAPTION_WEIGHT
    return score


def _nearby(index: ArticleIndex, sentence: SentenceEntry) -> Counter:
    """The terms of the sentences on either side of `sentence`: in an article that is one paragraph (a
    one-line corpus text), the paragraph around a sentence is the whole article."""
    at = index.position(sentence)
    found: Counter = Counter()
    for other in index.sentences[max(0, at - 1) : at + 2]:
        found.update(other.counts)
    return found


def _mentioned_before(index: ArticleIndex, sentence: SentenceEntry) -> set[str]:
    """Terms of the paragraphs just before one whose sentence says "she" or "I": who it may be.

    Tabloid copy names someone once, then quotes "I haven't seen the sun" in the next paragraph.
    """
    if not any(t in _PRONOUNS for t in sentence.terms):
        return set()
    found: set[str] = set()
    for back in range(1, constants.ASK_PRONOUN_REACH + 1):
        number = sentence.paragraph - back
        if number in index.by_number:
            found.update(index.entry(number).counts)
    return found


def _proximity(sentence: SentenceEntry, words: list[Word], matched: set[str]) -> float:
    """How tightly the sentence holds the question's words: for the n (at least two) it holds,
    n - 1 times n over the length in words of the shortest stretch holding them all ("in March the
    canal opened and their coal was much cheaper" over "The canal opened in March, and merchants in
    the market town later reported that their coal was much cheaper")."""
    owner: dict[str, str] = {}
    for word in words:
        if word.word in matched:
            for term in word.terms:
                owner.setdefault(term, word.word)
    found = [(at, owner[term]) for at, term in enumerate(sentence.terms) if term in owner]
    needed = len({word for _, word in found})
    if needed < 2:
        return 0.0
    shortest = len(sentence.terms)
    inside: dict[str, int] = defaultdict(int)
    left = 0
    for at, word in found:  # a sliding window over the matches: the shortest holding every word
        inside[word] += 1
        while len(inside) == needed:
            first, first_word = found[left]
            shortest = min(shortest, at - first + 1)
            inside[first_word] -= 1
            if not inside[first_word]:
                del inside[first_word]
            left += 1
    return (needed - 1) * needed / shortest


def _adjacent_pairs(sentence: SentenceEntry, words: list[Word]) -> float:
    """How many pairs of different question words sit side by side in the sentence."""
    if len(words) < 2:
        return 0.0
    term_word: dict[str, int] = {}
    for number, word in enumerate(words):
        for term in word.terms:
            term_word.setdefault(term, number)
    sequence = [term_word.get(t) for t in sentence.terms if t not in STOPWORDS]
    pairs = {(a, b) for a, b in itertools.pairwise(sequence) if a is not None and b is not None and a != b}
    return float(len(pairs))


def _pair(
    index: ArticleIndex,
    position: int,
    single: Candidate,
    words: list[Word],
    total: float,
    kind: str,
    asked: set[str],
    referred: set[str] = frozenset(),
    pronoun: str | None = None,
) -> Candidate | None:
    """The sentence joined with its successor, when together they cover more of the question; not when
    the successor opens with `pronoun`, the one of the other sex than the person asked about, after a
    sentence naming someone else too: "Holloway married the engineer James Park in 1961. He died in
    2010." does not say when Holloway died."""
    if position + 1 >= len(index.sentences):
        return None
    following = index.sentences[position + 1]
    if pronoun is not None and following.terms[:1] == [pronoun]:
        return None
    first = single.sentences[0]
    if following.paragraph != first.paragraph or first.is_caption or following.is_caption:
        return None  # a photo caption never joins the story text around it
    if len(first.text) + len(following.text) + 1 > constants.ASK_MAX_ANSWER_CHARS:
        return None
    missing = [w for w in words if w.word not in single.matched]
    if not missing or not any(t in following.counts or w.word in referred for w in missing for t in w.terms):
        return None
    second = _score(index, following, words, total, kind, asked, referred)
    if second is None:
        return None
    matched = single.matched | second.matched
    coverage = sum(w.weight for w in words if w.word in matched) / total
    score = max(single.score, second.score) + constants.ASK_PAIR_GAIN * (coverage - single.coverage) * total
    typed = max(single.type_score, second.type_score)
    if kind == WHEN:
        # "... an execution date set for March 19. Since then, lawyers showed he was a minor at the time of
        # his arrest.": a time in the sentence naming only the person asked dates no arrest in the other.
        deeds = _deed_words(words)
        dating = [one.type_score for one in (single, second) if one.matched & {w.word for w in deeds}]
        typed = max(dating, default=typed)
    if kind == WHY and typed < 1:
        # "They smelled gas. So they pulled over.": a reason the next sentence points back to.
        joined = type_score(kind, f"{first.text} {following.text}", asked)
        score += constants.ASK_TYPE_WEIGHT * max(0.0, joined - typed) * total / len(words)
        typed = max(typed, joined)
    return Candidate(
        (first, following),
        score,
        coverage,
        typed,
        matched=matched,
        context=(single.context | second.context) - matched,
        weak=_only_loosely(single.weak, single.matched, second.weak, second.matched),
        related=_only_loosely(single.related, single.matched, second.related, second.matched),
    )


def _only_loosely(first: set[str], matched: set[str], second: set[str], also: set[str]) -> set[str]:
    """Words two sentences (matching `matched` and `also`) hold only loosely (`first`, `second`):
    loose in one of them and not matched any better by the other."""
    return (first | second) - (matched - first) - (also - second)


def continues(sentence: SentenceEntry) -> bool:
    """True when `sentence` opens with a word pointing back at the one before ("That", "It")."""
    first = sentence.terms[0] if sentence.terms else ""
    return first in _CONTINUING and sentence.text[:1].isupper()


TYPED_KINDS = STRICT_KINDS | {WHY}  # kinds whose answer must hold a thing of that kind
# Kinds whose missing answer a neighbouring sentence may give ("Rojas-Jovel, 45, tried..." before "the
# victim"); not a name: the name next to a sentence about "the announcer" is seldom the announcer's.
_BORROWING_KINDS = TYPED_KINDS - {NAME}
# Kinds whose answer is a thing the confidence checks for: a date, a place, a number, a name.
_CHECKED_KINDS = STRICT_KINDS | {WHO}


def _deed_words(words: list[Word]) -> list[Word]:
    """The question's words other than names, when it has any: "When was Reyes arrested?" is dated by a
    sentence about the arrest, not by one naming Reyes only ("... an execution date set for March 19")."""
    return [word for word in words if word.kind != "name"] or words


def _shares_a_word(sentence: SentenceEntry, words: list[Word]) -> bool:
    """True when `sentence` holds one of the question's content words in some form."""
    return any(term in sentence.counts for word in words for term in word.terms)


def _typed_neighbours(
    index: ArticleIndex,
    position: int,
    single: Candidate,
    words: list[Word],
    kind: str,
    asked: set[str],
    pronoun: str | None = None,
) -> list[Candidate]:
    """The sentence joined with a neighbour that holds the kind of answer it lacks.

    "When Rojas-Jovel, 45, tried to break them up..." answers "How old was the victim?" when
    the next sentence is the one that says "the victim"; not a next sentence opening with `pronoun`
    (as for _pair).
    """
    sentence = single.sentences[0]
    if sentence.is_caption:
        return []
    found = []
    for other in (position - 1, position + 1):
        if not 0 <= other < len(index.sentences):
            continue
        neighbour = index.sentences[other]
        if pronoun is not None and other > position and neighbour.terms[:1] == [pronoun]:
            continue
        # "TATE: When will schools reopen?" is answered by the next paragraph ("MARSH: ...").
        reply = other > position and is_question(sentence.text)
        if (neighbour.paragraph != sentence.paragraph and not reply) or neighbour.is_caption:
            continue
        if len(neighbour.text) + len(sentence.text) + 1 > constants.ASK_MAX_ANSWER_CHARS:
            continue
        # A reason next to the match need not repeat the question's words to give it ("After the man
        # picked up the package, ..." after "a passenger asked to stop"): any reason lends.
        lent = type_score(kind, neighbour.text, asked)
        if lent < (constants.ASK_UNTIED_REASON if kind == WHY else 1):
            continue
        # "on Saturday" next to the match may date another event; a reply to the question is about it.
        if kind == WHEN and not reply and not _shares_a_word(neighbour, _deed_words(words)):
            continue
        pair = (neighbour, sentence) if other < position else (sentence, neighbour)
        gain = constants.ASK_TYPE_WEIGHT * max(0.0, lent - single.type_score) * constants.ASK_NEIGHBOUR_TYPE
        total = sum(w.weight for w in words)
        found.append(
            Candidate(
                pair,
                single.score + gain * total / len(words),
                single.coverage,
                lent,
                matched=set(single.matched),
                context=set(single.context),
                weak=set(single.weak),
                related=set(single.related),
                borrowed=True,
            )
        )
    return found
