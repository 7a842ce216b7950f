"""Whether a sentence tells of another place or another time than the one the question asks about.

"What did Iran announce?" is not answered by "Libya announced it would embargo oil shipments", nor
"What changed in 1979?" by "The 1974 rules changed the categories": the sentence holds every other
word of the question, but of a different country or year. Encyclopedic text states many parallel
facts (one per country, one per year) in sentences built alike, so swapping the country or the year
of one is the commonest way to ask about something the article never says.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.core import constants
from bot.core.ask.candidates import Candidate
from bot.core.ask.question import COUNT, WHERE, classify
from bot.core.language import lexicon as lx
from bot.core.search.index import ArticleIndex, query_words

_CAPITALISED = re.compile(r"\b[A-Z][A-Za-z.]*[A-Za-z]")
# Countries that are also people's names, and the compass words among the demonyms: alone they name no
# particular country. Cities are left out: a capital stands for its country ("Beijing said" for China).
_NOT_ALONE = frozenset("georgia jordan western eastern northern southern".split())
_PLACE_WORDS = frozenset(w.replace(".", "") for w in lx.COUNTRIES | lx.DEMONYMS) - _NOT_ALONE
# A place, its people and its other names, where they do not share their first letters ("France",
# "French"); the others are matched by those ("Israel", "Israeli", "Israelis").
_SAME_PLACE = (
    "france french|netherlands dutch holland|wales welsh|switzerland swiss|denmark danish|spain spanish"
    "|finland finnish|poland polish|ireland irish|philippines filipino|uae emirati"
    "|uk britain british england english|us usa america american americas|eu europe european"
    "|china chinese prc|korea korean dprk|russia russian soviet"
)
_FAMILY = {word: i for i, group in enumerate(_SAME_PLACE.split("|")) for word in group.split()}
_SHARED_LETTERS = 4


def _same_place(one: str, other: str) -> bool:
    if one == other or one[:_SHARED_LETTERS] == other[:_SHARED_LETTERS]:
        return True
    return one in _FAMILY and _FAMILY[one] == _FAMILY.get(other)


def _places(text: str) -> list[str]:
    """The folded places and peoples `text` names with a capital ("Kuwait", "Israeli", "U.S." as "us")."""
    found = (m.group().casefold().replace(".", "") for m in _CAPITALISED.finditer(text))
    return [word for word in found if word in _PLACE_WORDS]


# Countries named in two words, as the one word the place words hold: "United States" as "US".
_UNITED_AS = {"States": "US", "Kingdom": "UK"}
_UNITED = re.compile(r"\bUnited\s+(States|Kingdom)\b")


def _country_places(text: str) -> list[str]:
    """The places `text` names, "the United States" as "us" among them."""
    return _places(_UNITED.sub(lambda m: _UNITED_AS[m.group(1)], text))


def placed_candidate(question: str, ranked: list[Candidate]) -> Candidate | None:
    """For "How many cases are there in the US?", a confident top candidate naming the country asked about
    ("In the United States, over 244 thousand coronavirus cases were recorded") when the best one names no
    form of it ("... reported 1,051,635 confirmed cases" worldwide): a count of somewhere else."""
    if classify(question).kind != COUNT or not ranked:
        return None
    # Unlike a sentence turned down, a place the article is about counts: a count there is asked for.
    asked = _country_places(question)
    if not asked:
        return None

    def names(candidate: Candidate) -> bool:
        return any(_same_place(p, s) for p in asked for s in _country_places(candidate.text))

    if names(ranked[0]):
        return None
    leads = ranked[1 : constants.ASK_LEADS * 2]
    return next((c for c in leads if c.confidence >= constants.ASK_HIGH_CONFIDENCE and names(c)), None)


def placed_otherwise(index: ArticleIndex, title: str, question: str, texts: Iterable[str]) -> bool:
    """True when the question names a country or people the sentences never name in any form, and they
    name another: "Libya announced ..." for "What did Kuwait announce?". Not a place the article is
    about (in its title or many of its paragraphs), which its sentences may leave unsaid, nor one a
    where-question names (its answer is a place in it: "Where did they live in the US?")."""
    if classify(question).kind == WHERE:
        return False
    text = " ".join(texts)
    asked = [p for p in _places(question) if not _subject(index, title, p)]
    said = _places(text)
    if not asked or any(_same_place(p, s) for p in asked for s in said):
        return False
    everything_asked = _places(question)
    return any(not any(_same_place(s, p) for p in everything_asked) for s in said)


def _subject(index: ArticleIndex, title: str, place: str) -> bool:
    """True when the article is about `place`: its title, or at least ASK_SUBJECT_SHARE of its
    paragraphs, names it."""
    if any(_same_place(place, t) for t in _places(title)):
        return True
    terms = query_words(place, index.vocabulary.df)
    share = max((index.vocabulary.df.get(t, 0) for t in terms), default=0)
    return share >= constants.ASK_SUBJECT_SHARE * len(index.paragraphs)


# A year (1000-2099), a decade or century written with digits ("the 1970s", "the 1100s"), or an ordinal
# century ("the 19th century"). A number joined to other digits or to a unit ("1,500", "1500-metre",
# "2000%") is no year; a range of years ("1973-74") is.
_PERIOD = re.compile(
    r"(?<![\d$£€])(?<!\d[,.])(?P<year>1\d{3}|20\d{2})(?P<s>s)?(?![\d%]|[,.]\d|-[A-Za-z]|\s*(?:per\s?cent|percent))"
    r"|\b(?P<ordinal>\d{1,2})(?:st|nd|rd|th)[\s-]+century\b",
    re.IGNORECASE,
)
_DECADE = 10
_CENTURY = 100


def _periods(text: str) -> list[tuple[int, int]]:
    """The spans of years `text` names: 1974 (1974, 1974), the 1970s (1970, 1979), the 1100s (1100,
    1199), the 11th century (1000, 1099: as "the 1000s", the sense most readers give it)."""
    spans = []
    for match in _PERIOD.finditer(text):
        if match.group("ordinal"):
            number = int(match.group("ordinal"))
            spans.append(((number - 1) * _CENTURY, number * _CENTURY - 1))
            continue
        year = int(match.group("year"))
        if not match.group("s"):
            spans.append((year, year))
        elif year % _CENTURY == 0:
            spans.append((year, year + _CENTURY - 1))
        else:
            spans.append((year, year + _DECADE - 1))
    return spans


def dated_otherwise(title: str, question: str, texts: Iterable[str]) -> bool:
    """True when the question names a year, decade or century the sentences never reach, and they name
    other years: "The 1974 Mustang was a prelude ..." says nothing of what happened in 1979. Not a year
    of the article's title ("the 1973 oil crisis"), which its sentences may leave unsaid."""
    named = _periods(title)
    asked = [a for a in _periods(question) if a not in named]
    said = _periods(" ".join(texts))
    if not asked or not said:
        return False
    return not any(
        a_start <= s_end and s_start <= a_end for a_start, a_end in asked for s_start, s_end in said
    )
