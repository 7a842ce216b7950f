"""Whether a person asked about is someone the article names or only shares a name with them: a
given name and its nickname are one ("Chris" / "Christopher"); "Bill Clinton" is not its Hillary Clinton.
"""

from __future__ import annotations

import csv
import difflib
import importlib.util
import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from bot.core import constants
from bot.core.language.lexicon import (
    DEMONYMS,
    FEMALE_MARKERS,
    MALE_MARKERS,
    PARTY_LABELS,
    PLACES,
    US_PLACES,
    WEEKDAYS_MONTHS,
    is_title,
)
from bot.core.quotes.givennames import given_name_gender, is_given_name
from bot.core.search.commonwords import is_common

# The nicknames package's table of given names and their nicknames, read from its names.csv as its
# NickNamer() reads it (a test holds the two equal).
_NICKNAMES_PACKAGE, _NICKNAMES_FILE, _HAS_NICKNAME = "nicknames", "names.csv", "has_nickname"


@cache
def _nickname_tables() -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """(nicknames of a name, names a nickname is of), all folded. Read on the first name question,
    not at start-up, and from the file alone: importing the package reads its version through
    importlib.metadata (40 ms, more than reading and building the table), which a command would pay
    in its answer time."""
    spec = importlib.util.find_spec(_NICKNAMES_PACKAGE)  # where it is, without running it
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError(_NICKNAMES_PACKAGE)
    nicknames: dict[str, set[str]] = {}
    with open(Path(spec.origin).parent / _NICKNAMES_FILE, encoding="utf-8") as lines:
        rows = csv.reader(lines)
        next(rows, None)  # the header
        for name, relationship, nickname in rows:
            if relationship == _HAS_NICKNAME:
                nicknames.setdefault(name, set()).add(nickname)
    nicknames = {_folded(name): {_folded(n) for n in forms} for name, forms in nicknames.items()}
    names_of: dict[str, set[str]] = {}
    for name, forms in nicknames.items():
        for nickname in forms:
            names_of.setdefault(nickname, set()).add(name)
    return nicknames, names_of


def _folded(name: str) -> str:
    return name.lower().strip()  # as NickNamer folds a name


def given_name_forms(given: str) -> frozenset[str]:
    """A folded given name with its nicknames and the names it is a nickname of ("pete": "peter")."""
    nicknames, names_of = _nickname_tables()
    folded = _folded(given)
    return frozenset({given} | nicknames.get(folded, set()) | names_of.get(folded, set()))


def same_given_name(written: str, asked: str) -> bool:
    """True when two folded given names may be one person's: the same, a nickname of the other
    ("Rudy" / "Rudolph", "Dan" / "Daniel"), or spelt a little differently ("Glen" / "Glenn")."""
    return (
        written == asked
        or written in given_name_forms(asked)
        or _alike(written, asked)
        or _short_form(written, asked)
    )


def _short_form(one: str, other: str) -> bool:
    """True when one given name is the start of the other ("Ash" / "Ashton", "Sam" / "Samantha"): the
    short form, whether or not the nickname list has it."""
    short, full = sorted((one, other), key=len)
    return len(short) >= constants.ASK_SHORT_GIVEN_NAME and full.startswith(short)


def _alike(word: str, asked: str) -> bool:
    likeness = constants.ASK_SURNAME_LIKENESS
    return difflib.SequenceMatcher(None, word, asked).ratio() >= likeness or swapped_letters(word, asked)


def swapped_letters(term: str, word: str) -> bool:
    """True when `word` is `term` with two neighbouring letters swapped, past its first ("jian" for "jain",
    a slip the likeness ratio of a short word does not reach)."""
    if len(term) != len(word) or term == word or term[:1] != word[:1]:
        return False
    diffs = [at for at in range(len(word)) if term[at] != word[at]]
    return (
        len(diffs) == 2
        and diffs[1] == diffs[0] + 1
        and term[diffs[0]] == word[diffs[1]]
        and term[diffs[1]] == word[diffs[0]]
    )


# What may follow a surname: "Thomas Barrack Jr." is a Barrack.
_SUFFIXES = frozenset("jr sr ii iii iv".split())


def namesake(asked: tuple[str, str], people: Iterable[str]) -> bool:
    """True when someone of `people` (full names) shares one of the asked names but not the other and
    no one has both: the article's Clinton is Hillary, not the Bill asked about; its Jose is Jose
    Baxter, not Jose Mourinho; its Christopher Harvey is the Chris Harvey asked about."""
    given, surname = asked
    names = [[w for w in name.casefold().replace(".", "").split() if w not in _SUFFIXES] for name in people]
    full = [name for name in names if len(name) > 1]
    same_surname = [_alike(name[-1], surname) for name in full]
    same_given = [same_given_name(name[0], given) for name in full]
    if any(s and g for s, g in zip(same_surname, same_given, strict=True)):
        return False
    if any(s != g for s, g in zip(same_surname, same_given, strict=True)):
        return True
    # "Peter Howard" where the article names Howard Tern and a "Mr Howard": the second may be
    # the one asked about.
    if [surname] in names:
        return False
    # "Paul Ryan" where the article's only Ryan is Ryan Ellis: a given name, not the surname asked.
    return any(name[0] == surname and given not in name for name in full)


def only_others_surname(texts: Iterable[str], given: str, surname: str) -> bool:
    """True when every time the article writes `surname` (capitalised) it follows another given name:
    "Barack Obama" asked where its only Obama is Michelle Obama; a title before it ("President Obama"),
    a lone "Obama" or the asked given name's forms may be the person asked about."""
    pattern = re.compile(rf"(\S+)?\s*\b({re.escape(surname)})\b(?=(\s+(?-i:[A-Z][a-z]+)\b)?)", re.IGNORECASE)
    found = False
    for text in texts:
        for match in pattern.finditer(text):
            if not match.group(2)[:1].isupper():
                continue  # the common word ("a bush"), no name
            if _inside_a_name(match.group(3), given, surname):
                found = True  # "the so-called Blair Babes" names a group, no one called Blair
                continue
            before = (match.group(1) or "").lstrip("\"“‘'(")
            folded = before.casefold()
            # A lone surname ("Obama said", "... gloom. Obama said"): whose, the article does not say.
            if not before[:1].isupper() or not before.isalpha():
                return False
            if len(before) < 2 or before.isupper():
                return False  # initials ("V F Corp.") or an acronym, no given name
            if is_title(folded):
                return False
            if same_given_name(folded, given):
                return False
            found = True
    return found


def _inside_a_name(after: str | None, given: str, surname: str) -> bool:
    """True when a capitalised word runs on right after a person's surname asked with a given name, in
    the same sentence: "Blair Babes", "Clinton Foundation" name something after a person, not the
    person (a suffix, "Jr", is the name's; "European Union" is no surname's)."""
    if not after or after.strip().casefold() in _SUFFIXES or not is_given_name(given):
        return False
    return surname not in _NO_GIVEN_NAMES


def only_others_given_name(texts: Iterable[str], given: str, surname: str) -> bool:
    """True when every time the article writes `given` (capitalised) another surname follows it:
    "Bill Clinton" asked where its one Bill is Bill Eastland; a lone "Bill" may be the one asked."""
    pattern = re.compile(rf"\b({re.escape(given)})\b(\s+\S+)?", re.IGNORECASE)
    found = False
    for text in texts:
        for match in pattern.finditer(text):
            if not match.group(1)[:1].isupper():
                continue
            after = (match.group(2) or "").strip().rstrip(".,;:!?”\"'’)")
            if not after[:1].isupper() or not after.isalpha() or len(after) < 2:
                return False
            if _alike(after.casefold(), surname):
                return False
            found = True
    return found


def only_others_in_full(texts: Iterable[str], given: str, surname: str) -> bool:
    """True when the article gives `surname` in full only with other given names and never with a title
    that may be the person asked: "Ivanka Trump" where it names Donald and Melania Trump, "Ann Romney"
    where it names Mitt Romney and "Mr. Romney". A lone surname ("Trump said") is one of those it named
    in full, as news copy names a person in full first; "Mrs. Clinton" may be the Hillary asked about."""
    texts = list(texts)
    if not _given_like(given, texts) or surname in PLACES or surname in US_PLACES:
        return False  # "Northern France" is no person
    pattern = re.compile(rf"(\S+)?\s*\b({re.escape(surname)})\b", re.IGNORECASE)
    gender = given_name_gender(given)
    others = False
    for text in texts:
        for match in pattern.finditer(text):
            if not match.group(2)[:1].isupper():
                continue
            before = (match.group(1) or "").lstrip("\"“‘'(")
            folded = before.casefold().rstrip(".")
            if is_title(folded):
                if not _other_gender(folded, gender):
                    return False  # "Mrs. Clinton", "President Obama": may be the one asked about
            elif (
                before[:1].isupper()
                and before.isalpha()
                and _mid_sentence(text, match.start(1))
                and _given_like(folded, texts)
            ):
                if same_given_name(folded, given):
                    return False
                others = True
    return others


def _given_like(word: str, texts: list[str]) -> bool:
    """A given name of the census lists, or a word the article writes only capitalised or no English
    word list knows ("Mitt", "Melania"); not a place, a people, a party or a day ("Republican Romney")."""
    if is_given_name(word):
        return True
    if word in _NO_GIVEN_NAMES:
        return False
    if not is_common(word):
        return True
    pattern = re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE)
    spelt = [m.group() for t in texts for m in pattern.finditer(t) if _mid_sentence(t, m.start())]
    return bool(spelt) and all(w[:1].isupper() for w in spelt)


def _mid_sentence(text: str, start: int) -> bool:
    """True when the word at `start` follows another of its sentence: "But Flynn said" capitalises "But"
    because it opens the sentence, "Mitt Romney" in the middle of one because it is a name."""
    before = text[:start].rstrip(" \"“‘'(")
    return bool(before) and (before[-1].isalnum() or before[-1] in ",")


_NO_GIVEN_NAMES = PLACES | US_PLACES | DEMONYMS | PARTY_LABELS | WEEKDAYS_MONTHS


def _other_gender(title: str, gender: str | None) -> bool:
    """True when a title tells a person of the other gender than a given name does ("Mr." and "Ann")."""
    if gender == "f":
        return title in MALE_MARKERS
    return gender == "m" and title in FEMALE_MARKERS
