"""A sentence that says something was done to someone, and by nobody it names, does not say who did
it: "A man was shot outside the studio" does not answer "Who shot the man?". News copy reports a deed
in the passive when the doer is unknown, which is when a reader's "Who ...?" has no answer.
"""

from __future__ import annotations

import re

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
    return found


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
