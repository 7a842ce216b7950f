"""A sentence that says something was done to someone, and by nobody it names, does not say who did
it: "A man was shot outside the studio" does not answer "Who shot the man?". News copy reports a deed
in the passive when the doer is unknown, which is when a reader's "Who ...?" has no answer.
"""

from __future__ import annotations

import re

from bot.core import constants
from bot.core.ask.candidates import Candidate
from bot.core.language.text import words

# "Who shot the man?": the question's own verb, said of the doer. "Who was shot?" asks the other way.
_WHO_DID = re.compile(r"^\s*who\s+([a-z]+)\b", re.IGNORECASE)
_NOT_A_DEED = frozenset(
    "is was are were be been am did does do has have had will would could can should shall may might must "
    "else else's".split()
)
# A form of "be" (or "get") before the verb makes it passive ("was shot", "having been replaced",
# "was later found"); one adverb or "not" may stand between.
_BE = r"(?:am|is|are|was|were|be|been|being|get|gets|got|getting)"
_BETWEEN = r"(?:\s+(?:not|never|\w+ly))?"
_CLAUSE_END = re.compile(r"[.;:!?]")
# Words that may stand capitalised (opening a sentence, or a title) without naming anyone.
NOT_NAMES = frozenset(
    "a an the it he she they we this that these those his her their its in on at when after before while "
    "as but and then earlier later mr mrs ms dr".split()
)


def leaves_the_doer(question: str, texts: list[str]) -> bool:
    """True when the verb of "Who VERB ...?" stands in `texts` only in the passive, with no "by" after
    it in its clause and no name before it in its sentence (a name there may be the doer: "Police said
    the gun was found by the door" is not read as saying nobody)."""
    match = _WHO_DID.match(question)
    if match is None or match.group(1).casefold() in _NOT_A_DEED:
        return False
    verb = match.group(1).casefold()
    asked = {w.casefold() for w in words(question)}
    found = False
    for text in texts:
        for use in re.finditer(rf"\b{re.escape(verb)}\b", text, re.IGNORECASE):
            found = True
            if not _passive_without_doer(text, use.start(), use.end(), asked):
                return False
    return found or _only_the_deed_named(verb, texts, asked)


# "the attack on an army school", "the killing of the journalist": a deed of violence named as a noun,
# with what it was done to after it; news copy names such a deed so when the doer is unknown. A doer may
# stand before the noun ("a Taliban attack", "the gang's raid"; not "Tuesday's attack").
_DEED_NOUNS = {
    "attacked": "attack|attacks",
    "bombed": "bombing|bombings",
    "killed": "killing|killings",
    "murdered": "murder|murders",
    "shot": "shooting",
    "stabbed": "stabbing",
    "kidnapped": "kidnapping|abduction",
    "abducted": "abduction|kidnapping",
    "raided": "raid|raids",
    "assaulted": "assault",
    "invaded": "invasion",
    "hacked": "hacking|hack",
    "robbed": "robbery",
    "ambushed": "ambush",
    "assassinated": "assassination",
    "massacred": "massacre",
}
_DETERMINER = r"\b(?:the|a|an|this|that|its|their|[\w-]+['’]s?)\s+(?:[\w-]+\s+)?"
# Words that name the doer of a deed told as a noun: "the attack on X by gunmen", "IS claimed the attack".
_DOER_AFTER = re.compile(r"\bby\b", re.IGNORECASE)
_CLAIMED = re.compile(r"\bclaim(?:ed|s|ing)?\b|\bresponsib", re.IGNORECASE)
# A possessive that dates the deed, no doer: "Tuesday's attack", "last week's raid".
_WHEN_OWNED = re.compile(
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|night|week|weekend|month|"
    r"year)['’]s?",
    re.IGNORECASE,
)


def _only_the_deed_named(verb: str, texts: list[str], asked: set[str]) -> bool:
    """True when "Who attacked X?" meets its deed only as a noun ("the attack on an army school") that
    names no doer: no name or possessive before it, no "by" after it in its clause, and no one said to
    claim it. A report naming an attack but not its attacker does not say who attacked."""
    nouns = _DEED_NOUNS.get(verb)
    if nouns is None:
        return False
    pattern = re.compile(rf"{_DETERMINER}(?P<noun>{nouns})\s+(?:on|of|against|at|in)\s", re.IGNORECASE)
    found = False
    for text in texts:
        for use in pattern.finditer(text):
            found = True
            if _doer_of_the_noun(text, use, asked):
                return False
    return found


def _doer_of_the_noun(text: str, use: re.Match, asked: set[str]) -> bool:
    described = [w for w in text[use.start() : use.start("noun")].split() if not _WHEN_OWNED.fullmatch(w)]
    if any(re.search(r"\w['’]s?$", w) or (_a_name(w) and w.casefold() not in asked) for w in described):
        return True  # "a Taliban attack", "the gang's raid"
    clause_end = _CLAUSE_END.search(text, use.end())
    after = text[use.end() : clause_end.start() if clause_end else len(text)]
    return _DOER_AFTER.search(after) is not None or _CLAIMED.search(text) is not None


def _passive_without_doer(text: str, start: int, end: int, asked: set[str]) -> bool:
    before = text[:start]
    if re.search(rf"\b{_BE}{_BETWEEN}\s+$", before, re.IGNORECASE) is None:
        return False
    clause_end = _CLAUSE_END.search(text, end)
    if re.search(r"\bby\b", text[end : clause_end.start() if clause_end else len(text)], re.IGNORECASE):
        return False
    return not any(_a_name(w) and w.casefold() not in asked for w in words(before))


def _a_name(word: str) -> bool:
    return word[:1].isupper() and word.casefold() not in NOT_NAMES


# "Who approved the strike?": a past verb and the thing it was done to, with at most one word before it.
_WHO_DID_THE = re.compile(
    r"^\s*who\s+([a-z]+ed)\s+(?:the|a|an|this|that)\s+(?:[a-z-]+\s+)?([a-z]+)\s*\??\s*$", re.IGNORECASE
)


def passive_doer(question: str, ranked: list[Candidate]) -> Candidate | None:
    """For "Who approved the strike?", a top candidate saying the thing was done by someone ("the strike,
    which was approved by President Ana Lobo"), when the best one does not say so of it, nor does it in
    the active ("Lobo approved the strike"): the best may be the verb said of another thing ("Reed also
    approved the attacks")."""
    match = _WHO_DID_THE.match(question)
    if match is None or not ranked:
        return None
    verb, noun = (re.escape(g.casefold()) for g in match.groups())
    passive = re.compile(
        rf"\b{noun}s?,?\s+(?:(?:which|that)\s+)?(?:was|were|had\s+been|has\s+been|have\s+been)\s+"
        rf"(?:\w+ly\s+)?{verb}\s+by\s+(?:[a-z]+\s+){{0,3}}?[A-Z]",
        re.IGNORECASE,
    )
    active = re.compile(
        rf"\b{verb}\s+(?:the|a|an|this|that|its|their)\s+(?:[\w-]+\s+)?{noun}s?\b", re.IGNORECASE
    )
    if passive.search(ranked[0].text) or active.search(ranked[0].text):
        return None
    return next((c for c in ranked[1 : constants.ASK_LEADS * 2] if passive.search(c.text)), None)
