""" "What is earnings stripping?", "What does isobaric mean?": the term asked about and the candidate
that defines it; a sentence only using an acronym says not what it is.
"""

from __future__ import annotations

import re

from bot.core import constants
from bot.core.article import Article
from bot.core.ask.answers import Answer, sentence_reply
from bot.core.ask.candidates import Candidate, content_words
from bot.core.ask.spellings import other_form
from bot.core.language.text import words
from bot.core.search.index import ArticleIndex, build_index

# "What is earnings stripping?": a term of one to three words, no possessive ("What is Mata's job?").
_WHAT_IS_TERM = re.compile(
    r"^\s*what(?:'s|’s|\s+(?:is|are|was|were))\s+(?:an?\s+|the\s+)?([a-z][\w-]*(?:\s+[\w-]+){0,2})\s*\??\s*$",
    re.IGNORECASE,
)

_POSSESSIVES = frozenset("my your his her its our their this that these those".split())

_NOT_TERMS = frozenset("called named known wearing doing like for about to from".split())

_MEANS = re.compile(r"^\s*what\s+(?:does|did|do)\s+(.+?)\s+mean\b\s*(?:when|for|by|if)?\s*(.*?)[\s?]*$", re.I)

# What follows a term its sentence defines: an apposition ("X, a maneuver that", "X, which is"), "X is
# a ...", "X means ...", "X refers to ...", a bracket glossing it ("X (literally means offering)").
_DEFINING = (
    r"(?:’s|'s)?,\s+(?:a|an|which\s+(?:is|are|was|means)|meaning|or)\b"
    r"|\s+(?:is|are|was|were)\s+(?:a|an|the\s+practice|when|defined|known)\b|\s+(?:means|refers\s+to)\b"
    r"|\s+\((?:literally\s+|lit\.\s+)?(?:means|meaning|which\s+means)\b"
)

# "the Izumo, the largest Japanese military vessel to see service since World War II": an apposition
# with "the" says what the thing is, read only where the question asks what it is.
_THE_APPOSITION = (
    r",\s+the\s+(?:[\w-]+\s+){0,3}(?:largest|biggest|first|last|only|oldest|newest|main|latest)\b"
)

# "superdelegates, the party leaders and elected officials who can vote ...", "his F4 label, the fourth
# incarnation of Factory", "denunciation -- where a citizen tells the authorities ...": an apposition
# saying what it is, or a dash's aside opening as a definition does.
_SAID_AFTER = (
    r"(?:\s+[\w-]+)?,\s+the\s+(?:[\w-]+\s+){0,5}(?:who|that|which|of)\b"
    r"|\s+(?:--|[—–])\s+(?:an?|the|where|which|when|who)\b"
)
# "Israel's intelligence agency, Mossad,", "The non-government organisation, Cepes (...)": what it is, said
# before its name.
# Each word read at most WORD_CHARS_READ long: "Ha-Ha-..." was read to its end from each of its words.
_WORD = rf"[\w-]{{1,{constants.WORD_CHARS_READ}}}"
_SAID_BEFORE = rf"(?i:\b(?:the|an?|{_WORD}['’]s)\s+(?:{_WORD}\s+){{0,3}}{_WORD},\s+)"

# "a technology called Visual Radio", "a maneuver known as earnings stripping": the kind of thing it is.
_KIND_CALLED = r"(?i:\b(?:a|an)\s+(?:[\w-]+\s+){1,3}(?:called|named|dubbed|known\s+as)\s+)"

# "What does JASTA stand for?", "What is GDP short for?": an acronym (one word, letters and digits).
_STANDS_FOR = re.compile(
    r"^\s*what\s+(?:(?:does|do|did)\s+(?:the\s+)?(?P<a>[a-z][a-z\d.&-]{1,11})\s+stands?\s+for"
    r"|(?:is|was)\s+(?:the\s+)?(?P<b>[a-z][a-z\d.&-]{1,11})\s+short\s+for)\s*\??\s*$",
    re.IGNORECASE,
)


# "What is the JCWI?", "Who are the CSOs?", "What does the IADB do?": an acronym alone asked about.
_ACRONYM_ASKED = re.compile(
    r"^\s*(?:what|who)(?:'s|’s|\s+(?:is|are|was|were))\s+(?:the\s+)?(?P<c>[a-z][a-z\d&-]{1,9})\s*\??\s*$"
    r"|^\s*what\s+(?:does|do|did)\s+(?:the\s+)?(?P<d>[a-z][a-z\d&-]{1,9})\s+do\s*\??\s*$",
    re.IGNORECASE,
)


def spelled_out(article: Article, question: str) -> Answer | None:
    """ "What does JASTA stand for?", and "What is the JCWI?" or "Who are the CSOs?" of an acronym the
    article spells out: the sentence where it does ("the bill, known as the Justice Against Sponsors
    of Terrorism Act", "immigrants' group the Joint Council for the Welfare of Immigrants (JCWI)"),
    which names nothing the question asks by word and so ranks below every sentence using the acronym."""
    match = _STANDS_FOR.match(question)
    asked = match and (match.group("a") or match.group("b"))
    if not asked:
        match = _ACRONYM_ASKED.match(question)
        asked = match and _an_acronym(article, match.group("c") or match.group("d"))
    if not asked:
        return None
    index = build_index(article)
    # "CSOs": the plural of the article's "Community Support Officers (CSOs)".
    expansion = other_form(index, asked) or (asked[-1] == "s" and other_form(index, asked[:-1]))
    if not expansion or " " not in expansion:
        return None
    # "Inter-American Development Bank": the spelling's words are found apart by spaces or hyphens.
    written = re.compile(r"[\s-]+".join(re.escape(w) for w in expansion.split()))
    spelled = [s for s in article.sentences if written.search(s.text)]
    # The sentence giving both ("the Economic Commission ... (ECLAC)") ties them; a first mention
    # without the acronym only says the name.
    both = re.compile(rf"(?i)\b{re.escape(asked)}\b")
    sentence = next((s for s in spelled if both.search(s.text)), spelled[0] if spelled else None)
    if sentence is None or len(sentence.text) > constants.ASK_MAX_ANSWER_CHARS:
        return None
    return sentence_reply(article, question, sentence)


def _an_acronym(article: Article, typed: str) -> str | None:
    """`typed` when it is an acronym: in capitals ("JCWI", "CSOs"), or as the article writes one in
    lower case ("jcwi"); None for a word ("What is the plan?")."""
    if _in_capitals(typed):
        return typed
    index = build_index(article)
    singular = typed[:-1] if typed[-1] in "sS" else typed
    for form in (typed, singular):
        if any(_in_capitals(s) for s in index.vocabulary.spellings(form.casefold())):
            return typed
    return None


def _in_capitals(word: str) -> bool:
    """ "JCWI", "CSOs": two or more capitals, a plural's "s" after them."""
    letters = word.removesuffix("s")
    return len(letters) > 1 and letters.isupper()


def definition(index: ArticleIndex, question: str, ranked: list[Candidate]) -> Candidate | None:
    """For "What is earnings stripping?" or "What does it mean when a company inverts?", the best
    candidate that defines the term ("earnings stripping, a maneuver that ...", "plans to invert,
    which is corporate-speak for ..."): the best one itself when it defines it, else the first that
    does when the best one only uses it."""
    told = _told_about(index, question, ranked)
    if told is not None:
        return told
    term = defined_term(question)
    if not term:
        return None
    # The term's head (its last word): "stripping, a maneuver that" defines "earnings stripping".
    forms = {t for w in content_words(index, term.split()[-1]) for t in w.terms}
    if not forms:
        return None
    # The index folds its terms: as the article writes them too ("yajña" for "yajna"), and the head as
    # typed, a hyphened name the index joins ("COVID-19", its "covid19").
    forms |= {spelt for form in forms for spelt in index.vocabulary.spellings(form)} | {term.split()[-1]}
    named = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    defining = re.compile(
        rf"(?i)\b(?:{named})\b(?:{_DEFINING}|{_THE_APPOSITION}|{_SAID_AFTER})"
        rf"|{_KIND_CALLED}(?:[\w-]+\s+){{0,2}}(?:{named})\b|{_SAID_BEFORE}(?i:{named})\s*[,(]"
    )
    if defining.search(ranked[0].text):
        return ranked[0]  # it says what the term is: no tie with a sentence only using the term
    leads = ranked[: constants.ASK_LEADS * 2]
    confident = [c for c in leads if c.confidence >= constants.ASK_HIGH_CONFIDENCE]
    # No sure candidate at all: the one saying what kind of thing the term is is the closest passage.
    pool = confident or leads
    return next((c for c in pool if defining.search(c.text)), None)


# "What is the film about?", "what's the book about": what a work or a document tells of.
_ABOUT = re.compile(
    r"^\s*what(?:'s|’s|\s+(?:is|was|are|were))\s+(?:(?:the|this|that|his|her|their|its)\s+)?"
    r"(?P<thing>[\w’'-]+(?:\s+[\w’'-]+){0,3})\s+about\s*\??\s*$",
    re.IGNORECASE,
)


def _told_about(index: ArticleIndex, question: str, ranked: list[Candidate]) -> Candidate | None:
    """For "What is the film about?", the best candidate saying what the thing is about ("The film is
    about an 18-year-old girl ...", "Born into Brothels, about the children of ..."), when the best one
    only names the thing ("The film won the Golden Osella")."""
    match = _ABOUT.match(question)
    if not match:
        return None
    forms = {t for w in content_words(index, match.group("thing").split()[-1]) for t in w.terms}
    if not forms:
        return None
    named = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    about = re.compile(rf"(?i)\b(?:{named})\b(?:,|\s+(?:is|was|are|were)(?:\s+all)?)\s+about\b")
    if about.search(ranked[0].text):
        return None
    return next((c for c in ranked[: constants.ASK_LEADS * 2] if about.search(c.text)), None)


def leaves_undefined(index: ArticleIndex, question: str, best: Candidate) -> bool:
    """True when `question` asks what a term is ("What is EB-5?") and `best` neither defines it
    ("EB-5, a visa program", "EB-5 is a ...") nor names it another way ("known as HFCs", "(CSMU)")."""
    match = _WHAT_IS_TERM.match(question)
    term = defined_term(question) if match else None
    # Only an acronym or a code ("EB-5", "HFCs"): what a phrase of words is can be said in many ways.
    if not term or " " in term or not re.search(r"\d|\w[A-Z]", term):
        return False
    # As typed too: the index joins "VT-9" as "vt9".
    forms = {term, *(t for w in content_words(index, term) for t in w.terms)}
    named = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    defines = re.compile(
        rf"(?i)\b(?:{named})\b(?:{_DEFINING}|\s*\(|\s+[—–]\s)"
        rf"|(?i:\((?:{named})\)|\b(?:known\s+as|called|dubbed|or)\s+(?:[\w’'-]+\s+){{0,4}}?(?:{named})\b)"
    )
    return not any(defines.search(s.text) for s in best.sentences)


def defined_term(question: str) -> str | None:
    """The term a question asks the meaning of: "earnings stripping" in "what is earnings stripping",
    "isobaric" in "What does isobaric mean?", "inverts" in "What does it mean when a company inverts?"."""
    if match := _WHAT_IS_TERM.match(question):
        term = match.group(1)
        first, last = term.split()[0].casefold(), term.split()[-1].casefold()
        # "What is her sentence?", "What was the base called?": a thing's value or name, no term.
        return None if first in _POSSESSIVES or last in _NOT_TERMS else term
    if match := _MEANS.match(question):
        return match.group(1) if match.group(1).casefold() != "it" else (words(match.group(2)) or [None])[-1]
    return None
