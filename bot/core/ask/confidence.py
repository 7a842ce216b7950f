"""How sure `ask` is that a candidate answers the question: a few evidence features and a
logistic model fitted on data (eval/ask_fit.py), shipped as constants: a dot product and a sigmoid.
"""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass

from bot.core import constants
from bot.core.language.stemming import stem

# The features, in the order of constants.ASK_MODEL_WEIGHTS.
FEATURES = (
    "strong",  # share of the question's weight the candidate holds as written (or inflected)
    "weak",  # ... holds only loosely (a typo, another word of the family)
    "near",  # ... found only around it (its paragraph, a name just before, the title)
    "name_elsewhere",  # ... names and numbers the article has, but not here: a false premise
    "unknown",  # ... words the article never uses: paraphrase, or a question it cannot answer
    "rare",  # ... matched on words found in at most one sentence: a strong pointer
    "typed",  # a when/where/how-many question and the candidate holds that kind of thing
    "untyped",  # a when/where/how-many question and the candidate holds nothing of the kind
    "lead",  # how far the candidate's score is ahead of the best one elsewhere (0..1)
    "broken",  # share of the question's phrases the candidate has, but apart
    "unnegated",  # the question says "not"/"never" and the candidate says nothing of the kind, or
    # the candidate says the opposite of a question word ("rejected" for "accepted") or denies one ("does
    # not have" for "Who has ...?")
    "lacks_kind",  # a when/where/how-many/who question and the candidate holds too little of that kind
)
_NEGATION = re.compile(r"\b(?:not|never|no|nor|without|none|neither)\b|n[’']t\b", re.IGNORECASE)
# Negations as the index writes them ("couldn't" is "couldnt"): in a sentence, the words that deny
# what follows them; in a question, "not", "never" and "n't" deny the next content word.
_NEGATION_TERMS = frozenset("not never no nor without none neither cannot nobody nothing".split()) | {
    f"{verb}nt"
    for verb in "do does did is are was were ca can could would should wo has have had must".split()
}
_DENYING = frozenset({"not", "never"}) | {t for t in _NEGATION_TERMS if t.endswith("nt")}
# What may stand between a "not" and the word it denies, and what makes the denial no denial.
_AUXILIARIES = frozenset("be been being have has had a an the even yet ever also so very too".split())
_LIMITING = frozenset("only simply merely solely exclusively necessarily".split())
_SPEAKERS_OWN = frozenset("we our ours".split())
_NOUN_ENDINGS = ("er", "ers", "or", "ors", "ion", "ions", "ment", "ments", "ness")
_EXCEPTING = frozenset("unless until till since except but instead rather".split())
# Contraries of common English: a sentence with one of them where the question has the other says the
# opposite ("Who accepted the arguments?" against "The court rejected the arguments"). Not converses
# (buy / sell, win / lose, before / after), which say the same with the roles swapped ("Who bought
# it?" is answered by "It was sold to ..."), nor pairs of kin or sexes, which a question asks across,
# nor compass points, which name other places ("South Korea"), nor adjectives that make compounds
# ("internal combustion" beside "external combustion engines" names two things, not a contradiction).
_CONTRARIES = """accept reject|agree disagree|allow ban|allow forbid|support oppose|include exclude
    |increase decrease|rise fall|rise decrease|increase fall|grow shrink|grow decrease|more less
    |most least|highest lowest|earliest latest|maximum minimum|majority minority|modern medieval
    |modern ancient|necessary unnecessary|possible impossible|legal illegal|success failure
    |appropriate inappropriate|proper improper|lawful unlawful|valid invalid|likely unlikely
    |popular unpopular|fair unfair|equal unequal|effective ineffective|efficient inefficient
    |correct incorrect|complete incomplete|relevant irrelevant|justified unjustified
    |constitutional unconstitutional|successful unsuccessful|able unable"""
_OPPOSITE: dict[str, frozenset[str]] = {}
for _pair in _CONTRARIES.split("|"):
    _one, _other = (stem(w) for w in _pair.split())
    _OPPOSITE[_one] = _OPPOSITE.get(_one, frozenset()) | {_other}
    _OPPOSITE[_other] = _OPPOSITE.get(_other, frozenset()) | {_one}
# Words placing a thing in time before its noun: "the new capital" is not "the current capital", nor
# "the former mayor" "the current mayor". Before, now and after are contraries of one another, only
# before the same noun (read as written: "former" is no "form").
_STATUS_TIMES = (
    frozenset("former previous outgoing old".split()),
    frozenset("current present existing".split()),
    frozenset("new incoming future".split()),
)
_STATUS_OTHERS = {
    word: frozenset().union(*(other for other in _STATUS_TIMES if other is not time))
    for time in _STATUS_TIMES
    for word in time
}
# Improving the match moves question weight from the later to the earlier of these shares, so
# the fitted weights must not increase along this order: more matched never means less sure.
MATCH_ORDER = ("strong", "weak", "near", "name_elsewhere")


@dataclass(frozen=True, slots=True)
class Evidence:
    """The features of one candidate answer, each in 0..1."""

    values: tuple[float, ...]

    @property
    def lead(self) -> float:
        """How far the candidate is ahead of the best one elsewhere (0..1)."""
        return self.values[FEATURES.index("lead")]

    def probability(self, shift: float = 0.0) -> float:
        return probability(self.values, shift)


def probability(values: tuple[float, ...], shift: float = 0.0) -> float:
    """The model's chance that the candidate answers the question; `shift` is added to its log-odds."""
    z = (
        shift
        + constants.ASK_MODEL_BIAS
        + sum(w * x for w, x in zip(constants.ASK_MODEL_WEIGHTS, values, strict=True))
    )
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def negated(text: str) -> bool:
    """True when `text` says "not", "never", "no"... (a question that does often has no answer)."""
    return bool(_NEGATION.search(text))


def evidence(
    candidate,
    words,
    index,
    topic: set[str],
    strict: bool,
    lead: float,
    negative: bool = False,
    denied: tuple = (),
    wants_kind: bool = False,
    contrary: dict[str, frozenset[str]] | None = None,
    asserted: tuple = (),
    unplaced: frozenset[str] = frozenset(),
    phrases: dict[int, bool] | None = None,
) -> Evidence:
    """The features of `candidate` (a candidates.Candidate) against the question's `words`; `denied`:
    those of them the question says "not" of (denied_words); `strict`: the question wants an answer of a
    kind checked (a date, a place, a number, a name), `wants_kind`: one without which the candidate is no
    answer; `contrary`: the opposites of the question's words (contraries); `phrases`: what
    broken_phrases learnt of the article, shared by the candidates of one question."""
    shares = _shares(candidate, words, index, topic, unplaced)
    typed = candidate.type_score if strict else 0.0
    untyped = (1 - candidate.type_score) if strict else 0.0
    # Too little of the kind wanted to be the answer (engine: a passage then, whatever the match): on news
    # such a passage was more often one for a question the article cannot answer than `untyped` says.
    lacks_kind = float(wants_kind and candidate.type_score < constants.ASK_TYPED_ANSWER)
    pairs = max(1, len(words) - 1)
    values = (
        shares["strong"],
        shares["weak"],
        shares["near"],
        shares["name_elsewhere"],
        shares["unknown"],
        shares["rare"],
        typed,
        untyped,
        max(0.0, min(1.0, lead)),
        broken_phrases(candidate, words, index, phrases) / pairs,
        _contradicted(candidate, negative, denied, contrary, asserted),
        lacks_kind,
    )
    return Evidence(tuple(round(v, 4) for v in values))


def _shares(candidate, words, index, topic: set[str], unplaced: frozenset[str]) -> dict[str, float]:
    """How much of the question's weight the candidate holds strongly, loosely, only near it, not at all."""
    total = sum(w.weight for w in words) or 1.0
    shares = dict.fromkeys(("strong", "weak", "near", "name_elsewhere", "unknown", "rare"), 0.0)
    for word in words:
        share = word.weight / total
        if word.word in candidate.related:
            # A word WordNet relates ranks the sentence but is no evidence for or against: counted as a
            # loose match it put more unanswerable questions in tier 1 on the tuning sets.
            continue
        if word.word in candidate.weak:
            shares["weak"] += share
        elif word.word in candidate.matched:
            shares["strong"] += share
            if any(
                index.sentence_df.get(t, 0) <= 1 and q >= constants.SEARCH_STEM_QUALITY
                for t, q in word.terms.items()
            ):
                shares["rare"] += share
        elif (
            word.word in unplaced and word.word in candidate.context and _afar(candidate, word, index, topic)
        ):
            shares["name_elsewhere"] += share
        elif word.word in candidate.context or word.word in topic:
            shares["near"] += share
        elif not word.known:
            shares["unknown"] += share
        elif word.kind != "word":
            shares["name_elsewhere"] += share
    return shares


def _contradicted(
    candidate, negative: bool, denied: tuple, contrary: dict[str, frozenset[str]] | None, asserted: tuple
) -> float:
    """1.0 when the candidate says otherwise than the question: a "not" either way, or an opposite word."""
    return float(
        (negative and (not negated(candidate.text) or affirms(candidate, denied)))
        or says_opposite(candidate, contrary or {})
        or denies(candidate, asserted)
    )


def _afar(candidate, word, index, topic: set[str]) -> bool:
    """True when a name the candidate lacks is in its paragraph only further off than the sentences on
    either side (which may speak of it as "the country", "the firm"), and is not the article's subject:
    named in its title or in many of its paragraphs ("the port" of an article on Brenmoor). A speaker's
    "we" may be the place or body itself ("We have fished these waters for three hundred years")."""
    if word.word in topic or any(t in _SPEAKERS_OWN for s in candidate.sentences for t in s.terms):
        return False
    if max(index.vocabulary.df.get(t, 0) for t in word.terms) >= constants.ASK_SUBJECT_SHARE * len(
        index.paragraphs
    ):
        return False
    first = index.position(candidate.sentences[0])
    last = first + len(candidate.sentences) - 1
    beside = [index.sentences[n] for n in (first - 1, last + 1) if 0 <= n < len(index.sentences)]
    return not any(t in s.counts for s in beside for t in word.terms)


def denied_words(asked: list[str], words) -> tuple:
    """The question's content words that its "not", "never" or "n't" denies: the first one after each,
    within a few words ("What did the court not accept?": accept). Not a name: "Why isn't Lynch
    worried?" puts the negation before its subject, and denies no Lynch."""
    found = []
    for at, term in enumerate(asked):
        if term not in _DENYING:
            continue
        after = [w for w in words if w.position > at and w.word not in _NEGATION_TERMS]
        first = min(after, key=lambda w: w.position, default=None)
        if first is not None and first.position - at <= constants.ASK_DENIED_REACH and first.kind != "name":
            found.append(first)
    return tuple(found)


def affirms(candidate, denied: tuple) -> bool:
    """True when the candidate holds a word the question denies, never with a negation just before it
    (or right after: "comes without"): it says what the question says is not so ("What did the court
    not accept?" against "The court accepted the plea, though it did not hear the witness")."""
    terms = [t for s in candidate.sentences for t in s.terms]
    for word in denied:
        found = [i for i, t in enumerate(terms) if word.terms.get(t, 0.0) >= constants.SEARCH_STEM_QUALITY]
        if found and not any(_negated_at(terms, i) for i in found):
            return True
    return False


def denies(candidate, asserted: tuple) -> bool:
    """True when the candidate holds a word the question asserts only right after "not" or "never":
    it says that is not so ("What has the guild written down?" against "The guild has never written
    down its rules"). Not when the sentence goes on with the exception or the correction ("may
    not open it unless ...", "was not built by Smith but by Jones", "has not visited since 2021"), which
    answer the question."""
    for sentence in candidate.sentences:
        terms = sentence.terms
        for word in asserted:
            # The dict test first: most terms are no form of the word at all.
            found = [i for i, t in enumerate(terms) if t in word.terms and _same_word(word, t)]
            if found and all(_denied_at(terms, i) for i in found):
                return True
    return False


def _same_word(word, term: str) -> bool:
    """True when `term` is the question word or its inflection, not a noun made from it ("players" is
    no "play": "Which players were booked?" is not denied by "we didn't play well")."""
    if word.terms.get(term, 0.0) < constants.SEARCH_STEM_QUALITY:
        return False
    return term == word.word or not word.word.endswith(_NOUN_ENDINGS)


def _denied_at(terms: list[str], at: int) -> bool:
    """True when "not", "never" or a negative contraction stands before the term at `at` with only
    auxiliaries, articles or adverbs between, and no exception or correction follows."""
    before = at - 1
    while before >= 0 and at - before < constants.ASK_DENYING_REACH and _between(terms[before]):
        before -= 1
    if before < 0 or terms[before] not in _DENYING:
        return False
    return _EXCEPTING.isdisjoint(terms[at + 1 :])


def _between(term: str) -> bool:
    """A word that may stand between "not" and the word it denies ("not even having", "not expressly
    provided"); never "only" or "just", which make "not only X but Y" say X."""
    return term in _AUXILIARIES or (term.endswith("ly") and term not in _LIMITING)


def _negated_at(terms: list[str], at: int) -> bool:
    """True when a negation stands a few words before the term at `at`, or just after it."""
    around = terms[max(0, at - constants.ASK_NEGATION_REACH) : at] + terms[at + 1 : at + 2]
    return not _NEGATION_TERMS.isdisjoint(around)


def contraries(asked: list[str]) -> dict[str, frozenset[str]]:
    """The question's words (stems) that have a contrary, each with its contraries; and its words of
    time before a noun ("new capital"), each with the same noun after its contraries ("current capital")."""
    stems = {stem(t) for t in asked}
    found = {s: _OPPOSITE[s] - stems for s in stems if s in _OPPOSITE and _OPPOSITE[s] - stems}
    for word, noun in itertools.pairwise(asked):
        others = _STATUS_OTHERS.get(word, frozenset()) - set(asked)
        if others and noun.isalpha() and noun not in _STATUS_OTHERS:
            found[f"{word} {stem(noun)}"] = frozenset(f"{other} {stem(noun)}" for other in others)
    return found


def says_opposite(candidate, contrary: dict[str, frozenset[str]]) -> bool:
    """True when the candidate has, instead of a word of the question, its contrary ("rejected" where
    the question asks who "accepted"), or the question's noun after a contrary word of time ("the
    current capital" where it asks of "the new capital")."""
    if not contrary:
        return False
    terms = [t for s in candidate.sentences for t in s.terms]
    stems = {stem(t) for t in terms}
    said = stems | {
        f"{word} {stem(noun)}" for word, noun in itertools.pairwise(terms) if word in _STATUS_OTHERS
    }
    return any(word not in said and not opposites.isdisjoint(said) for word, opposites in contrary.items())


def broken_phrases(candidate, words, index, phrases: dict[int, bool] | None = None) -> int:
    """Phrases of the question ("Christian spirit") the candidate has apart, and the article together.

    A question that lifts a phrase from elsewhere in the article and rewires it ("famed for their
    Christian spirit" against "martial spirit and ... Christian piety") asks about something the
    article does not say; two words the article never puts together are no phrase of its own.
    """
    terms = [t for s in candidate.sentences for t in s.terms]
    # Whether the article writes a pair together depends on the question alone: read once per pair
    # for all of a question's candidates (`phrases`, keyed by the pair's place in `words`).
    phrases = {} if phrases is None else phrases
    broken = 0
    for number, (first, second) in enumerate(itertools.pairwise(words)):
        if second.position - first.position > 1:
            continue  # only words side by side in the question make a phrase
        if first.word not in candidate.matched or second.word not in candidate.matched:
            continue
        if _together(terms, first.terms, second.terms):
            continue
        if number not in phrases:
            phrases[number] = _written_together(index, first, second)
        broken += phrases[number]
    return broken


def _written_together(index, first, second) -> bool:
    """True when a sentence of the article (of the first few holding `first`) has the pair together."""
    return any(_together(index.sentences[p].terms, first.terms, second.terms) for p in _holding(index, first))


def _holding(index, word) -> list[int]:
    """The sentences holding `word`, at most a bounded number (long articles stay fast)."""
    found = index.sentences_holding(word.terms)
    return found[: constants.ASK_PHRASE_SENTENCES]


def _together(terms: list[str], first: dict, second: dict) -> bool:
    """True when a term of `first` is followed by one of `second` within three words."""
    follows = {i for i, t in enumerate(terms) if t in second}
    return any(i + gap in follows for i, t in enumerate(terms) if t in first for gap in (1, 2, 3))
