"""A sentence telling a deed by its converse verb names the other party, and only that one unless it says
both: "Changi awarded a contract for the expansion" says who gave the contract, not who won it. News copy
tells one deed from either side (awarded / won, sold / bought, gave / received, hired / joined, defeated /
lost to), and "Who won the contract?" read against the giver's sentence takes the giver for the winner.
The sentence answers only when, after the converse verb and in its clause, it names someone the question
does not ("awarded a contract to Harlow Construction", "hired Ann Reyes"), or when the verb is passive
and a name stands before it ("Harlow was awarded the contract").
"""

from __future__ import annotations

import re

from bot.core.ask.doers import NOT_NAMES
from bot.core.language.text import words

# "Who won the contract?": the question's own verb, whose doer is asked for.
_WHO_DID = re.compile(r"^\s*who\s+([a-z]+)\b", re.IGNORECASE)

# Each side of a deed: the forms a question may ask with, and the converse forms that tell the same deed
# from the other party. A question asked with a form of one side is read against the other side's forms.
_GIVING = (
    "award awards awarded awarding grant grants granted granting give gives gave given giving "
    "pay pays paid paying"
).split()
_RECEIVING = "win wins won winning winner winners receive receives received receiving get gets got".split()
_SELLING = "sell sells sold selling".split()
_BUYING = (
    "buy buys bought buying purchase purchases purchased purchasing acquire acquires acquired acquiring"
).split()
_HIRING = (
    "hire hires hired hiring recruit recruits recruited recruiting appoint appoints appointed appointing "
    "employ employs employed employing"
).split()
_JOINING = "join joins joined joining".split()
_BEATING = "defeat defeats defeated defeating beat beats beaten beating".split()
_LOSING = "lose loses lost losing".split()
_LENDING = "lend lends lent lending".split()
_BORROWING = "borrow borrows borrowed borrowing".split()
_SIDES = (
    (_GIVING, _RECEIVING),
    (_SELLING, _BUYING),
    (_HIRING, _JOINING),
    (_BEATING, _LOSING),
    (_LENDING, _BORROWING),
)
_CONVERSES: dict[str, frozenset[str]] = {}
for _one, _other in _SIDES:
    for _form in _one:
        _CONVERSES[_form] = _CONVERSES.get(_form, frozenset()) | frozenset(_other)
    for _form in _other:
        _CONVERSES[_form] = _CONVERSES.get(_form, frozenset()) | frozenset(_one)
_OWN_FORMS: dict[str, frozenset[str]] = {
    form: frozenset(side) for pair in _SIDES for side in pair for form in side
}

_BE = re.compile(r"\b(?:am|is|are|was|were|be|been|being|get|gets|got)(?:\s+(?:not|never|\w+ly))?\s+$", re.I)
_CLAUSE_END = re.compile(r"[.;:!?]")


def names_only_the_converse(question: str, texts: list[str]) -> bool:
    """True when "Who VERB ...?" meets its verb in `texts` only as the converse, which names no other
    party: the sentence says who gave, sold or hired, not who won, bought or joined."""
    match = _WHO_DID.match(question)
    verb = match.group(1).casefold() if match else ""
    converses = _CONVERSES.get(verb)
    if not converses:
        return False
    text = " ".join(texts)
    said = [w.casefold() for w in words(text)]
    if _OWN_FORMS[verb] & set(said):
        return False  # the question's own verb is there: the ranking's usual checks read it
    asked = {w.casefold() for w in words(question)}
    uses = [m for m in re.finditer(r"[\w'’-]+", text) if m.group().casefold() in converses]
    return bool(uses) and not any(_names_the_other(text, use, asked) for use in uses)


def _names_the_other(text: str, use: re.Match, asked: set[str]) -> bool:
    """True when the converse verb's clause names someone the question does not: after the verb, or
    before a passive one ("Harlow was awarded the contract")."""
    end = _CLAUSE_END.search(text, use.end())
    after = words(text[use.end() : end.start() if end else len(text)])
    if any(_a_name(w, asked) for w in after):
        return True
    before = text[: use.start()]
    start = max((m.end() for m in _CLAUSE_END.finditer(before)), default=0)
    return _BE.search(before) is not None and any(_a_name(w, asked) for w in words(before[start:]))


def _a_name(word: str, asked: set[str]) -> bool:
    return word[:1].isupper() and word.casefold() not in NOT_NAMES and word.casefold() not in asked
