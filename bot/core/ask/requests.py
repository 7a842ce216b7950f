"""A sentence that only reports someone asking or urging another to do something does not say it was
done: "Mills asked the employee to delete emails in December 2014" does not answer "When did the employee
delete the emails?" (he did not, at first). News copy reports requests as often as deeds.
"""

from __future__ import annotations

import re

from bot.core.language.stemming import stem
from bot.core.language.text import STOPWORDS, words

# A verb asking or urging someone else, its object (a few words) and "to" with the verb: one's own plan
# ("Blinken plans to meet Qin Gang") answers "Who did Blinken meet?" as readers mean it; another's
# request does not say the deed was done.
_REQUESTED = re.compile(
    r"\b(?:asked|asks|asking|urged|urges|urging|called\s+on|calls\s+on|pressed|ordered|encouraged|"
    r"invited|requested|instructed|directed)\b(?:\s+[\w’'.-]+){1,5}?\s+to\s+([a-z]+)\b",
    re.IGNORECASE,
)
_DEED_QUESTION = re.compile(r"\b(?:did|has|have|had)\b", re.IGNORECASE)
_INFINITIVE = re.compile(r"\bto\s+([a-z]+)\b", re.IGNORECASE)


def only_requested(question: str, text: str) -> bool:
    """True when a word the question asks as done ("delete" in "When did the employee delete ...?")
    stands in `text` only as what someone asked or urged another to do ("asked ... to delete").
    A question asking about the request itself ("Who asked the employee to delete emails?") is not."""
    if not _DEED_QUESTION.search(question):
        return False  # "Will he press charges?" is answered by his plan to
    asked = {stem(w.casefold()) for w in words(question) if w.casefold() not in STOPWORDS}
    asked -= {stem(m.group(1).casefold()) for m in _INFINITIVE.finditer(question)}
    requested = {stem(m.group(1).casefold()) for m in _REQUESTED.finditer(text)} & asked
    if not requested:
        return False
    done = [stem(w.casefold()) for w in words(_REQUESTED.sub(" ", text))]
    return not requested & set(done)
