"""Which person a typed speaker means: surname, full name, title, role, any case, small typos.

Scores every person of a registry against the query word by word; equal best scores mean the
query is ambiguous ("Burns" for two Burnses, "President" for two presidents), never a merge.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from bot.core import constants
from bot.core.language import lexicon as lx
from bot.core.language.text import fold
from bot.core.quotes.givennames import given_name_gender
from bot.core.quotes.people import Person
from bot.core.quotes.roles import title_abbreviations

# Words a user may type that say nothing about who is meant.
_FILLER = frozenset("the of to for a an and on in at by mr mrs ms miss dr prof sir dame mx".split())
_WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*")
_DOUBLED = re.compile(r"(\w)\1")
# Title words that name someone else than the holder of the rest of the title: the council's
# spokesperson is not its leader, a deputy mayor not the mayor.
_ANOTHER_PERSON = frozenset(
    "spokesman spokeswoman spokesperson aide adviser advisor assistant deputy".split()
)

# Loose words for whoever leads, and the roles of those who lead something.
_LEADING = frozenset("leader head chief boss".split())
_HEADS_OF_SOMETHING = frozenset(
    "leader head chief boss chairman chairwoman chair president director manager executive ceo "
    "captain coach founder governor mayor premier minister secretary commander".split()
)


@dataclass(frozen=True, slots=True)
class Match:
    """People the query fits equally well, best first; one person means no ambiguity."""

    people: tuple[Person, ...]
    score: float


def query_words(query: str) -> list[str]:
    """Folded words of a query, possessives and honorifics dropped."""
    words = []
    for word in _WORD.findall(fold(query)):
        if word.endswith("'s"):
            word = word[:-2]
        if word and word not in _FILLER:
            words.append(word)
    return words


def person_words(person: Person) -> tuple[set[str], set[str]]:
    """(name words, role words) of a person, folded."""
    names = set()
    for form in (person.name, *person.aliases):
        if not any(w in lx.TITLE_WORDS for w in query_words(form)) or form == person.name:
            names.update(query_words(form))
    # "Ashby" names Craig Ashby-Todd: each long part of a hyphenated name is a name word too.
    names.update(part for word in list(names) if "-" in word for part in word.split("-") if len(part) >= 3)
    roles = set()
    for role in person.roles:
        roles.update(query_words(role))
    for alias in person.aliases:
        roles.update(w for w in query_words(alias) if w in lx.TITLE_WORDS)
    # "Sen. Dale Whitcomb" is who "Senator Whitcomb" and "Sen. Whitcomb" mean.
    roles.update(person.titles)
    roles.update(title_abbreviations(person.titles))
    roles |= _acronym_forms(roles)
    roles -= names
    return names, roles


def _acronym_forms(roles: set[str]) -> set[str]:
    """ "CEO" for a chief executive and "chief executive" for a CEO: the other way to type the role."""
    forms: set[str] = set()
    for acronym, expansions in lx.ACRONYM_EXPANSIONS.items():
        for expansion in expansions:
            words = set(expansion.split())
            if words <= roles:
                forms.add(acronym)
            if acronym in roles:
                forms |= words
    return forms


def score(words: list[str], person: Person, vocabulary: tuple[set[str], set[str]] | None = None) -> float:
    """0 when some query word fits nothing of the person, else the mean word similarity (<= 100)."""
    if not words:
        return 0.0
    names, roles = vocabulary or person_words(person)
    total = 0.0
    named = False
    for at, word in enumerate(words):
        best_name = _best(word, names)
        best_role = _best(word, roles)
        if max(best_name, best_role) < constants.QUOTE_WORD_MATCH_SCORE and _unknown_given(words, at, person):
            total += constants.QUOTE_UNKNOWN_GIVEN_SCORE
            continue
        if max(best_name, best_role) < constants.QUOTE_WORD_MATCH_SCORE:
            if _other_role(word, at, words, roles):
                return 0.0  # "Lib Dem leader" ends in the role it asks for: a Lib Dem MP is no leader
            if (word in lx.TITLE_WORDS or word in lx.HONORIFICS) and word not in _ANOTHER_PERSON:
                # "State Sen. Dale Whitcomb" when the article gave him no "state": a title the
                # person lacks lowers the score (so "Ambassador Burns" picks the ambassador) but
                # does not rule the person out.
                total += constants.QUOTE_UNMATCHED_TITLE_SCORE
                continue
            return 0.0
        named = named or best_name >= best_role
        total += max(best_name, best_role)
    if not named:
        titles_only = all(w in lx.TITLE_WORDS or w in lx.HONORIFICS for w in words)
        if titles_only and total < constants.QUOTE_WORD_MATCH_SCORE * len(words):
            return 0.0  # "Governor" alone, and no one here is a governor
    if not named and not any(_role_word(w) for w in words):
        return 0.0
    return total / len(words)


def _other_role(word: str, at: int, words: list[str], roles: set[str]) -> bool:
    """The role a query ends in ("Lib Dem leader") when the person holds none like it; "leader" and
    "boss" fit anyone who heads something ("Liverpool leader" for its manager)."""
    if at != len(words) - 1 or not lx.is_role_head(word) or word in lx.HONORIFICS:
        return False
    return not (word in _LEADING and roles & _HEADS_OF_SOMETHING)


def _unknown_given(words: list[str], at: int, person: Person) -> bool:
    """ "Mark" in "Mark Dunn" when the article never gives Dunn a given name: a name word before
    the surname the query ends with, which the article neither confirms nor contradicts."""
    if person.given or at != len(words) - 2 or words[at] in lx.TITLE_WORDS or words[at] in lx.HONORIFICS:
        return False
    if words[-1] != fold(person.surname) or not words[at].isalpha():
        return False
    # "Ann Holt" is not the Holt the article calls "he".
    gender = given_name_gender(words[at])
    return not (gender and person.gender and gender != person.gender)


def _role_word(word: str) -> bool:
    # A compound role ("harbourmaster", "shopkeeper") is one as much as "captain" is.
    return lx.is_role_head(word) or word in lx.TITLE_WORDS or word in lx.ACRONYM_EXPANSIONS


def _best(word: str, candidates: set[str]) -> float:
    if word in candidates:
        return 100.0
    if len(word) < 3:
        return 0.0
    if _role_spelled(word) is None:
        # A name is fitted only within a typo's reach; a role fits its own forms ("chairwoman").
        candidates = {c for c in candidates if typo_of(word, c)}
    candidates = _role_forms(word, candidates)
    return max((fuzz.ratio(word, c) for c in candidates if abs(len(c) - len(word)) <= 3), default=0.0)


def typo_of(word: str, candidate: str, spare: int = 0) -> bool:
    """Whether `word` may be a slip for `candidate` (with `spare` edits more): "Blinkin" for Blinken,
    "Vargo" for Varga, but "Schenk" or "Cheng" is another surname than Chen, not a slip. The budget
    is search's, by the shorter word: none below 5 letters, one from 5, two from 9; a letter doubled
    or not ("Halle" for Hale) is no slip at all."""
    word, candidate = _DOUBLED.sub(r"\1", word), _DOUBLED.sub(r"\1", candidate)
    shorter = min(len(word), len(candidate))
    budget = (shorter >= constants.SEARCH_ONE_TYPO_FROM) + (shorter >= constants.SEARCH_TWO_TYPOS_FROM)
    return OSA.distance(word, candidate, score_cutoff=budget + spare) <= budget + spare


_ROLE_STEM = 5  # letters a role word shares with its other forms: "chair|man", "chair|woman"
_ROLE_WORDS = tuple(sorted(lx.ROLE_HEADS | lx.TITLE_WORDS | set(lx.ACRONYM_EXPANSIONS)))


def _role_forms(word: str, candidates: set[str]) -> set[str]:
    """The candidates a typed role word may fit. A role, spelled right or misspelt, is no typo of
    another: "president" and "Presdent" are not "resident", "mayor" not "Major"; only the role's own
    forms ("chairman" for a chairwoman) come close. A word as close to a candidate as to the role it
    resembles is a name's typo ("Mayrs" for Mayers, "Baker" for Backer), free to fit any."""
    meant = _role_spelled(word)
    if meant is None:
        return candidates
    role, score = meant
    if score < 100 and any(fuzz.ratio(word, c) >= score for c in candidates):
        return candidates
    return {c for c in candidates if c[:_ROLE_STEM] == role[:_ROLE_STEM]}


@lru_cache(maxsize=1024)
def _role_spelled(word: str) -> tuple[str, float] | None:
    """The role word `word` is, or misspells ("presdent" for "president"), and how close it is."""
    if _role_word(word):
        return word, 100.0
    if len(word) < _ROLE_STEM:
        return None
    found = process.extractOne(
        word, _ROLE_WORDS, scorer=fuzz.ratio, score_cutoff=constants.QUOTE_WORD_MATCH_SCORE
    )
    return (found[0], found[1]) if found else None


def match(query: str, persons: tuple[Person, ...], vocabularies: dict | None = None) -> Match:
    """The people `query` names; empty when nobody fits, several when it is ambiguous.

    `vocabularies` maps person id to `person_words(person)`, computed once per article.
    """
    words = query_words(query)
    vocabularies = vocabularies or {}
    scored = [(score(words, p, vocabularies.get(p.id)), p) for p in persons]
    best = max((s for s, _ in scored), default=0.0)
    if best == 0.0 and any("-" in word for word in words):
        # "Murphy-O'Connor" typed for the "Murphy O'Connor" the article writes: the parts are words.
        words = [part for word in words for part in word.split("-") if part]
        scored = [(score(words, p, vocabularies.get(p.id)), p) for p in persons]
        best = max((s for s, _ in scored), default=0.0)
    if best == 0.0:
        squashed = "".join(words)
        scored = [(max(fuzz.ratio(squashed, "".join(query_words(p.name))), 0.0), p) for p in persons]
        best = max((s for s, _ in scored), default=0.0)
        if best < constants.QUOTE_NAME_MATCH_SCORE:
            return Match((), 0.0)
    tied = [p for s, p in scored if s == best]
    if len(tied) > 1:
        # "Helen Carter" is Helen Carter, not James Carter whose role is "Helen Carter's brother":
        # among equals, those the query names by their own name words alone come first.
        named = [p for p in tied if all(w in (vocabularies.get(p.id) or person_words(p))[0] for w in words)]
        tied = named if named else tied
    if len(tied) > 1:
        # "Howard" is Mr Howard, not Howard Tern: news calls people by their surnames, so a
        # query ending in one person's surname and another's given name means the first.
        by_surname = [p for p in tied if fold(p.surname) == words[-1]]
        tied = by_surname if by_surname else tied
    return Match(tuple(tied), best)


def closeness(query: str, person) -> float:
    """How much a person or speaker resembles an unmatched query: best word-to-word ratio (0-100)."""
    return max((fuzz.ratio(w, t) for w, t in _word_pairs(query, person)), default=0.0)


def near_miss(query: str, person) -> bool:
    """Whether a query that fits no one is one slip more than a typo from a word of `person`'s: "Chan"
    for Chen is worth a "did you mean", "Schenk" is not."""
    return any(typo_of(w, t, spare=1) for w, t in _word_pairs(query, person))


def _word_pairs(query: str, person) -> list[tuple[str, str]]:
    words = query_words(query)
    targets = set(query_words(" ".join((person.name, *person.aliases, *person.roles))))
    # "Presdent" resembles no resident: a role's typo resembles only that role's forms.
    return [(w, t) for w in words for t in _role_forms(w, targets)]
