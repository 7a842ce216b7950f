"""How an article writes a word of a question another way: an acronym and its expansion ("IMF" /
"International Monetary Fund", "CEO" / "chief executive"), a title's abbreviation, a century or a decade.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from weakref import WeakKeyDictionary

from bot.core import constants
from bot.core.language.lexicon import ACRONYM_EXPANSIONS, HONORIFICS, TITLE_ROLES, TITLE_WORDS, is_role_head
from bot.core.search.index import ArticleIndex, query_words

# Small words an acronym leaves out ("Group of 20" is the G20).
ACRONYM_JOINERS = frozenset({"of", "and", "for", "the", "on", "in", "de", "&"})


def other_form(index: ArticleIndex, phrase: str) -> str | None:
    """How the article writes an acronym it spells out, or an expansion it abbreviates.

    "IMF" -> "International Monetary Fund"; "North Atlantic Treaty Organization" -> "NATO"; "CEO"
    -> "chief executive", which no initials give.
    """
    if phrase.strip() in TYPED_US:
        # The country, never the pronoun: "U.S." where the article writes "US", "America" or "American".
        return _spelled_out(index, "us") or _country_alias(index, "usa")
    if _TYPED_DOTTED.fullmatch(phrase.strip()):
        # "U.S." typed (or "U.S" as a name phrase keeps it), which the index reads as two letters.
        return _spelled_out(index, phrase.replace(".", "").strip().casefold())
    expanded = _acronym_expanded(index, phrase)
    if expanded is not None:
        return expanded
    initials = _initials(phrase)
    if len(phrase.split()) > 1 and initials not in index.vocabulary.df:
        # "United States" where the article writes only "U.S.".
        dotted = written_forms(index).dotted.get(initials)
        if dotted is not None:
            return dotted
    if len(phrase.split()) > 1 and initials in index.vocabulary.df:
        # Written in capitals, as an acronym is: "Mark Ruiz" is no "Mr", "Indianapolis Star" no "is".
        written = [s for s in index.vocabulary.spellings(initials) if s.isupper()]
        if written:
            return written[0]
    words = query_words(phrase, index.vocabulary.df)
    if len(words) == 1:
        return _spelled_out(index, words[0]) or conventional_form(index, words[0])
    return _country_alias(index, " ".join(phrase.casefold().split()))  # "Lib Dems": "Liberal Democrats"


def _acronym_expanded(index: ArticleIndex, phrase: str) -> str | None:
    """A name with an acronym in it as the article writes it with the acronym spelled out: "LA Times"
    is its "Los Angeles Times", "NY Post" its "New York Post"; None when the article has no such name."""
    parts = phrase.split()
    if len(parts) < 2:
        return None
    for at, part in enumerate(parts):
        if part.isupper() and part.isalpha() and 2 <= len(part) <= 4:
            spelled = _spelled_out(index, part.casefold())
            if spelled is None or spelled.isupper():
                continue
            name = " ".join([*parts[:at], spelled, *parts[at + 1 :]])
            if name in written_forms(index).text:
                return name
    return None


def conventional_form(index: ArticleIndex, word: str) -> str | None:
    """How the article writes `word` by convention: an expansion ("ceo" -> "chief executive") or
    the title it abbreviates ("governor" -> "Gov." before a name)."""
    return (
        _conventional_expansion(index, word)
        or _title_abbreviation(index, word)
        or _country_alias(index, word)
    )


# Names news copy gives the same country or party by ("Britain" is the UK; "British" says it too),
# matched as written ("US" in capitals only, never the pronoun "us"). A question's "US" is no key here:
# only typed in capitals is it the country (TYPED_US), and "us" in lower case stays the pronoun.
_COUNTRY_ALIASES = {
    **dict.fromkeys(
        ("britain", "uk", "united kingdom"), ("UK", "U.K.", "Britain", "United Kingdom", "British")
    ),
    **dict.fromkeys(
        ("america", "usa", "united states"), ("USA", "U.S.", "United States", "America", "American", "US")
    ),
    # Parties by their short names: "the Lib Dems", "the Tories", "Dems".
    **dict.fromkeys(("tory", "tories"), ("Conservative", "Conservatives")),
    **dict.fromkeys(("lib dem", "lib dems"), ("Liberal Democrats", "Liberal Democrat")),
    **dict.fromkeys(("dem", "dems"), ("Democrat", "Democrats", "Democratic")),
}


# "US" or "U.S." typed in capitals in a question: the country, never the pronoun "us".
TYPED_US = frozenset({"US", "U.S.", "U.S"})


def _country_alias(index: ArticleIndex, word: str) -> str | None:
    """ "UK" where the question says "Britain" and the article the other, as the article writes it."""
    for alias in _COUNTRY_ALIASES.get(word, ()):
        if not all(term in index.vocabulary.df for term in query_words(alias, index.vocabulary.df)):
            continue  # the article has not its words: no scan of every paragraph for each question
        pattern = re.compile(
            rf"(?<![\w.]){re.escape(alias)}(?![\w])", re.IGNORECASE if alias.istitle() else 0
        )
        for paragraph in index.paragraphs:
            found = pattern.search(paragraph.text)
            if found:
                return found.group()
    return None


def _title_abbreviation(index: ArticleIndex, word: str) -> str | None:
    """ "Gov." where the question says "governor" and the article only "Gov. Tomas Reyes"."""
    for short in _TITLES_FOR_ROLE.get(word, ()):
        # Before a capitalised name only: "Gen Z" is no general.
        pattern = re.compile(rf"\b{short.capitalize()}\.(?=\s+[A-Z])")
        if any(pattern.search(paragraph.text) for paragraph in index.paragraphs):
            return f"{short.capitalize()}."
    return None


# The abbreviated titles that stand for each role word ("governor" -> "gov").
_TITLES_FOR_ROLE = {
    role: tuple(short for short, roles in TITLE_ROLES.items() if role in roles)
    for role in sorted({role for roles in TITLE_ROLES.values() for role in roles})
}


def _conventional_expansion(index: ArticleIndex, word: str) -> str | None:
    """The first of `word`'s conventional expansions the article writes, as written there."""
    for expansion in ACRONYM_EXPANSIONS.get(word, ()):
        pattern = re.compile(r"\b" + r"\s+".join(expansion.split()) + r"\b", re.IGNORECASE)
        for paragraph in index.paragraphs:
            found = pattern.search(paragraph.text)
            if found:
                return found.group()
    return None


def number_form_known(index: ArticleIndex, word: str) -> bool:
    """A century, decade or large number the article writes another way: "1700s" / "18th" /
    "1745", "15th" / "1480", "1990s" / "1994", "10000" / "10,000"."""
    vocabulary = index.vocabulary
    if century := _CENTURY.fullmatch(word):  # the 1700s: the 18th century, or any year 17xx
        number = int(century.group(1))
        return _ordinal(number + 1) in vocabulary.df or _has_year(index, century.group(1))
    if decade := _DECADE.fullmatch(word):
        return _has_year(index, decade.group(1))
    if decade := _SHORT_DECADE.fullmatch(word):  # "the 80s": the 1980s (or the 2080s)
        return any(_has_year(index, century + decade.group(1)) for century in ("19", "20"))
    if ordinal := _ORDINAL.fullmatch(word):  # the 15th century: the 1400s, or any year 14xx
        number = int(ordinal.group(1)) - 1
        return number > 0 and (f"{number}00s" in vocabulary.df or _has_year(index, str(number)))
    if word.isdigit() and len(word) >= 4:
        return all(part in vocabulary.df for part in f"{int(word):,}".split(","))
    return False


_CENTURY = re.compile(r"(\d{1,2})00s")
_DECADE = re.compile(r"(\d{3})0s")
_SHORT_DECADE = re.compile(r"(\d)0s")
_ORDINAL = re.compile(r"(\d{1,2})(?:st|nd|rd|th)")


def _ordinal(number: int) -> str:
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def _has_year(index: ArticleIndex, prefix: str) -> bool:
    """True when the article has a four-digit year starting with `prefix` ("17" -> 1745)."""
    terms = index.vocabulary.sorted_terms
    for term in terms[bisect.bisect_left(terms, prefix) :]:
        if not term.startswith(prefix):
            return False
        if len(term) == 4 and term.isdigit():
            return True
    return False


def _initials(phrase: str) -> str:
    # "Agence France-Presse" is the AFP, "Anti-Defamation League" the ADL.
    parts = [p for p in re.split(r"[\s-]+", phrase) if p and p.casefold() not in ACRONYM_JOINERS]
    return "".join(_initial(p) for p in parts)


# "U.N.", "U.S.": no leading \b, which would cost a long article three times the search; a match
# inside a word is skipped where it is read.
_DOTTED = re.compile(r"[A-Z]\.(?:[A-Z]\.)+")
# A dotted abbreviation as a question types it, its last stop optional: "U.S.", "U.S", "u.s.".
_TYPED_DOTTED = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]\.?")


def _titled_name(stretch: list[str]) -> bool:
    """A title and a person's name ("Nurse Henrik States", "President Vladimir Putin"): a role
    word followed by two or more words that are no title, joiner or further role."""
    if len(stretch) < 3:
        return False  # "General Motors" is a company
    first = stretch[0].casefold().rstrip(".")
    if first not in HONORIFICS and not is_role_head(first):
        return False
    rest = [w.casefold() for w in stretch[1:]]
    return not any(w in ACRONYM_JOINERS or w in TITLE_WORDS or is_role_head(w) for w in rest)


# Each article's acronyms -> their spelled-out form or None: each looked for once per article, and
# forgotten with the article's index.
_ACRONYMS: WeakKeyDictionary[ArticleIndex, dict[str, str | None]] = WeakKeyDictionary()


def _spelled_out(index: ArticleIndex, acronym: str) -> str | None:
    found = _ACRONYMS.setdefault(index, {})
    if acronym not in found:
        if len(found) >= constants.ASK_ACRONYM_LOOKUPS:
            found.clear()  # bounded: the acronyms looked for come from users' questions
        found[acronym] = _first_spelling(index, acronym)
    return found[acronym]


# Each word read to its end but no further than WORD_CHARS_READ (never a piece of a longer one): free
# to read on, the run was tried from every capital of one long token to its end. Possessive: a shorter
# piece of a word or figure is followed by more of it, never by the white space or end a run needs,
# so giving characters back found nothing, and cost 64 tries at every digit of a long figure.
_RUN_WORD = (
    rf"(?:[A-Z][\w’'-]{{0,{constants.WORD_CHARS_READ - 1}}}+(?![\w’'-])|\d{{1,{constants.WORD_CHARS_READ}}}+)"
)
CAPITALISED_RUN = re.compile(rf"{_RUN_WORD}(?:\s+(?:(?:of|and|for|the|on|de|&)\s+)*{_RUN_WORD})+")


def _first_spelling(index: ArticleIndex, acronym: str) -> str | None:
    """The first dotted abbreviation with these letters ("un" -> "U.N."), else the first stretch of
    a run of capitalised words with these initials ("g20" -> "Group of 20"); people's names make none.

    The article's dotted abbreviations and capitalised runs are read once (written_forms); an
    acronym is then looked for only in the runs whose initials hold it."""
    forms = written_forms(index)
    dotted = forms.dotted.get(acronym)
    if dotted is not None:
        return dotted
    for words, initials in forms.runs:
        if acronym not in initials:
            continue  # a stretch's initials are a stretch of its run's
        found = _stretch_spelling(words, acronym)
        if found is not None:
            return found
    return lower_case_spelling(forms.text, acronym)


def _stretch_spelling(words: list[str], acronym: str) -> str | None:
    """The first stretch of a run's words whose initials are `acronym`."""
    # Every stretch of the run: "September Group of 20" holds "Group of 20".
    for start in range(len(words)):
        if words[start].casefold() in ACRONYM_JOINERS:
            continue  # "of the Group of 20" is no spelling of the G20; "Group of 20" is
        initials = ""
        for end in range(start + 1, min(len(words), start + 8) + 1):
            part = words[end - 1]
            if part.casefold() not in ACRONYM_JOINERS:
                initials += _initial(part)
            if not acronym.startswith(initials):
                break  # initials only grow: no longer stretch can match
            stretch = words[start:end]
            if end - start >= 2 and initials == acronym and _may_expand(stretch):
                return " ".join(stretch)
    return None


def _initial(word: str) -> str:
    return (word if word.isdigit() else word[:1]).casefold()


@dataclass(frozen=True, slots=True)
class _WrittenForms:
    """What an article writes that an acronym may be spelled out as, read once per article."""

    text: str
    dotted: dict[str, str]  # letters -> the first dotted abbreviation of them ("un" -> "U.N.")
    runs: list[tuple[list[str], str]]  # each run of capitalised words, and its words' initials


_FORMS: WeakKeyDictionary[ArticleIndex, _WrittenForms] = WeakKeyDictionary()


def written_forms(index: ArticleIndex) -> _WrittenForms:
    """The article's dotted abbreviations and capitalised runs, read once per article."""
    forms = _FORMS.get(index)
    if forms is None:
        text = "\n".join(p.text for p in index.paragraphs)
        dotted: dict[str, str] = {}
        for match in _DOTTED.finditer(text):
            if match.start() == 0 or not _WORD_CHAR.match(text, match.start() - 1):
                dotted.setdefault(match.group(0).replace(".", "").casefold(), match.group(0))
        runs = []
        for match in CAPITALISED_RUN.finditer(text):
            words = re.split(r"[\s-]+", match.group(0))  # "Anti-Defamation League": ADL
            runs.append((words, _initials(match.group(0))))
        forms = _FORMS[index] = _WrittenForms(text, dotted, runs)
    return forms


def lower_case_spelling(text: str, acronym: str) -> str | None:
    """An acronym the article spells out in lower case ("gdp" -> "gross domestic product"): three to
    six letters, each the start of a word of four letters or more ("in recent agreements" is no IRA)."""
    if not acronym.isalpha() or not 3 <= len(acronym) <= 6:
        return None
    joiner = r"\s+(?:(?:of|and|for|the|on|in)\s+)?"
    # No leading \b: a pattern opening on a letter is searched for that letter at C speed, ten times
    # faster on a long article; the start of a word is checked on each match instead. Each word is read
    # at most WORD_CHARS_READ long: free to read on, one long lower-case token was read to its end from
    # each of its letters (a question about 50 KB of "harbourharbour..." took seconds).
    most = constants.WORD_CHARS_READ - 1
    pattern = re.compile(joiner.join(rf"{letter}[a-z]{{3,{most}}}" for letter in acronym) + r"\b")
    found = pattern.search(text)
    while found is not None and found.start() > 0 and _WORD_CHAR.match(text, found.start() - 1):
        found = pattern.search(text, found.start() + 1)
    return found.group(0) if found else None


_WORD_CHAR = re.compile(r"\w")


def _may_expand(stretch: list[str]) -> bool:
    return stretch[-1].casefold() not in ACRONYM_JOINERS and not _titled_name(stretch)
