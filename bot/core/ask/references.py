"""Sentences that speak of the person a question names by "he" or "she" alone ("He arrived in Congress
in 1993" right after a sentence naming Bobby Scott and no one else): the ranking counts the name there.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from bot.core import constants
from bot.core.article import Article
from bot.core.quotes import engine as quotes
from bot.core.search.index import ArticleIndex, build_index, query_words

_PERSONAL = frozenset("he she his her him".split())
_OTHER_GENDER = {"f": frozenset("he his him".split()), "m": frozenset("she her".split())}


def referring(
    article: Article, index: ArticleIndex, names: list[str], positions: list[int]
) -> dict[int, set[str]]:
    """Sentence position (of `positions`) -> the question's name words (`names`, as the ranking folds
    them) whose person that sentence speaks of by a pronoun, without using the word."""
    if not names or not positions:
        return {}
    by_term, terms = _people_terms(article)
    person = _asked_person(by_term, names)
    if person is None:
        return {}
    own = terms[person]
    said = {w for w in names if w in own}
    # "a woman named Joan. ... An owner strokes his pet": a pronoun of the other gender is not hers.
    fitting = _PERSONAL - _OTHER_GENDER.get(_genders(article).get(person) or "", frozenset())
    found: dict[int, set[str]] = {}
    for position in positions:
        counts = index.sentences[position].counts.keys()
        if own & counts or not fitting & counts or _names_other(by_term, counts, person, own):
            continue
        if _last_named(index, position, person, own, by_term):
            found[position] = said
    return found


def other_persons_pronoun(article: Article, names: list[str]) -> str | None:
    """ "he" when the person the question's name words (`names`) name is a woman the article tells
    as one, "she" for a man, else None: a sentence opening with it speaks of someone else."""
    if not names:
        return None
    by_term, _ = _people_terms(article)
    person = _asked_person(by_term, names)
    gender = _genders(article).get(person) if person is not None else None
    return {"f": "he", "m": "she"}.get(gender or "")


def naming_others(
    article: Article, index: ArticleIndex, names: list[str], positions: Iterable[int]
) -> set[int]:
    """The sentence positions (of `positions`) that name someone besides the person the question's name
    words (`names`) name: "Holloway married the engineer James Park in 1961." A "He" opening the next
    sentence may be the other one."""
    by_term, terms = _people_terms(article)
    person = _asked_person(by_term, names) if names else None
    if person is None:
        return set()
    own = terms[person]
    return {p for p in positions if _names_other(by_term, index.sentences[p].counts.keys(), person, own)}


@lru_cache(maxsize=constants.ASK_REFERENCE_CACHE)
def _genders(article: Article) -> dict[str, str | None]:
    return {p.name: p.gender for p in quotes.list_people(article) if p.kind == quotes.PERSON_KIND}


@lru_cache(maxsize=constants.ASK_REFERENCE_CACHE)
def _people_terms(article: Article) -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """Each name term -> the people it names, and each person -> their name terms (once per article:
    a long article names thousands)."""
    df = build_index(article).vocabulary.df
    terms = {
        p.name: frozenset(t for alias in (p.name, *p.aliases) for t in query_words(alias, df))
        for p in quotes.list_people(article)
        if p.kind == quotes.PERSON_KIND
    }
    by_term: dict[str, set[str]] = {}
    for name, held in terms.items():
        for term in held:
            by_term.setdefault(term, set()).add(name)
    return {t: frozenset(n) for t, n in by_term.items()}, terms


def people_terms(article: Article) -> frozenset[str]:
    """Every name term of the people the article names ("hewitt", "lleyton")."""
    return frozenset(_people_terms(article)[0])


def _asked_person(by_term: dict[str, frozenset[str]], names: list[str]) -> str | None:
    """The one person the question's name words name: the one holding most of them, when no one
    else holds as many ("Trump" alone may be Donald or Ivanka: no one)."""
    held = Counter(p for w in dict.fromkeys(names) for p in by_term.get(w, ()))
    ranked = sorted(held.items(), key=lambda item: (-item[1], item[0]))
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def _names_other(
    by_term: dict[str, frozenset[str]], counts: Iterable[str], person: str, own: frozenset[str]
) -> bool:
    """True when the sentence names someone else by a word that is not also the person's own
    ("Trump" of Ivanka Trump does not name Donald where Ivanka is asked about)."""
    # Someone else: a name the term holds besides the person (read without building a set per term).
    return any(
        (named := by_term.get(t)) and (len(named) > 1 or person not in named) for t in counts if t not in own
    )


def _last_named(
    index: ArticleIndex, position: int, person: str, own: frozenset[str], by_term: dict[str, frozenset[str]]
) -> bool:
    """True when the nearest sentence before `position` (in its paragraph or the one before) that
    names anyone names the person alone: "he" most likely refers back to them."""
    paragraph = index.sentences[position].paragraph
    for back in range(position - 1, max(-1, position - 1 - constants.ASK_REFERENCE_REACH), -1):
        before = index.sentences[back]
        if before.paragraph < paragraph - 1 or _names_other(by_term, before.counts.keys(), person, own):
            return False
        if own & before.counts.keys():
            return True
    return False
