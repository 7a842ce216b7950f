""" "Who will pay for the new roof?" is answered by "The council will pay for the new roof": the subject
of the question's verb, said in the active, is the doer asked for, though it is no capitalised name
("the council", "head teachers"). A question word read as a verb only where the sentence uses it as one:
"the pay rise" (a determiner before it) names no payer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.language.stemming import stem
from bot.core.language.text import STOPWORDS

# "Who will pay ...?", "Who decides ...?", "Who is paying ...?": the verb asked of the doer. A form of
# "be" asks it only before an "-ing" form ("Who was shot?" asks who suffered it).
_WHO_VERB = re.compile(
    r"^\s*who\s+(?:(?:will|would|can|could|should|shall|may|might|must|does|do|did)\s+"
    r"|(?P<be>is|are|was|were)\s+)?(?:not\s+)?(?P<verb>[a-z]+)\b",
    re.IGNORECASE,
)
_NO_DEED = frozenset(
    "is was are were be been am did does do has have had will would can could should "
    "shall may might must else".split()
)
# What stands between a subject and its verb: auxiliaries and a few adverbs ("will soon pay").
_AUXILIARIES = frozenset(
    "will would can could should shall may might must does do did has have had 'll also still now then "
    "never not already".split()
)
# Words before a verb that are no subject naming a doer: a conjunction or preposition ("after leaked
# documents": an adjective).
_NO_SUBJECT = frozenset("after before since while because until unless though although".split())
# Before a subject, words that leave the doer unsaid: "one player dominated", "another team won".
_UNSAID = frozenset("one another".split())
# "Rescuers found no signs": a deed denied of its object is not the one asked.
_DENIED = (["no"], ["nothing"], ["none"])
_BE = frozenset("is are was were be been being am".split())
_TOKEN = re.compile(r"[A-Za-z][A-Za-z’'-]*")


@dataclass(frozen=True, slots=True)
class AskedDeed:
    """The verb of "Who VERB ...?", by its stem, and the stems of the question's words (never the doer)."""

    root: str
    asked: frozenset[str]


def asked_deed(question: str) -> AskedDeed | None:
    """The deed a "Who VERB ...?" question asks the doer of; None for any other question. Read once per
    question: candidates' sentences are then checked against it."""
    match = _WHO_VERB.match(question)
    # "Who does the writer say ...?": no verb right after "does".
    if match is None or match.group("verb").casefold() in _NO_DEED | STOPWORDS:
        return None
    verb = match.group("verb").casefold()
    if match.group("be") and not verb.endswith("ing"):
        return None
    # "Who scored University's tries?": "University" is a word of the question, not its answer.
    asked = frozenset(stem(re.sub(r"[’']s$", "", w.casefold())) for w in _TOKEN.findall(question))
    return AskedDeed(stem(verb), asked)


def names_the_doer(question: str, text: str) -> bool:
    """True when `text` holds the verb of "Who VERB ...?" in the active with a subject of ordinary words
    right before it (its auxiliaries apart), one the question does not name itself."""
    deed = asked_deed(question)
    return deed is not None and does_the_deed(deed, text)


def does_the_deed(deed: AskedDeed, text: str) -> bool:
    """True when `text` holds the deed's verb in the active with a subject of ordinary words before it."""
    written = _TOKEN.findall(text)
    tokens = [t.casefold() for t in written]
    # A verb is written in lower case: "Obama" is no verb of "who did obama say ...?".
    return any(
        written[at].islower()
        and stem(token) == deed.root
        and tokens[at + 1 : at + 2] not in _DENIED
        and _subject_before(tokens, at, deed.asked)
        for at, token in enumerate(tokens)
    )


def _subject_before(tokens: list[str], at: int, asked: frozenset[str]) -> bool:
    """True when the word before the verb at `at`, past its auxiliaries, is a subject noun: no stopword
    (a determiner makes the verb's word a noun: "the pay"), no word of the question, and no "be" before
    a verb not in "-ing" (a passive: "will be paid by")."""
    back = at - 1
    while back >= 0 and (tokens[back] in _AUXILIARIES or tokens[back].endswith("ly")):
        back -= 1
    if back >= 0 and tokens[back] in _BE:
        if not tokens[at].endswith("ing"):
            return False
        back -= 1
    if back < 0:
        return False
    subject = tokens[back]
    if back > 0 and tokens[back - 1] in _UNSAID:
        return False
    return subject not in STOPWORDS | _NO_SUBJECT and stem(subject) not in asked
