"""An answer that says what something is not, when the next sentence says what it is: "But Rubio's
performance in Iowa doesn't mean he won anything. It just means he still has a chance." Opinion copy
corrects a premise that way; the negated sentence alone answers "What does it mean?" with what it
does not mean, so the answer carries the correction too.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.core.ask.candidates import Candidate
from bot.core.language.stemming import stem
from bot.core.language.text import STOPWORDS
from bot.core.search.index import ArticleIndex, query_words

# "doesn't mean", "did not win", "is not", "never meant": a negated verb (an adverb may stand between).
_NEGATED = re.compile(
    r"\b(?:(?:does|do|did|is|are|was|were|will|would|can|could|should|has|have|had)(?:n[’']t|\s+not)"
    r"|can[’']t|cannot|won[’']t|never)\s+(?:\w+ly\s+)?([a-z]+)\b",
    re.IGNORECASE,
)
_NEGATION = re.compile(r"\b(?:not|never|no)\b|n[’']t\b", re.IGNORECASE)


def with_correction(index: ArticleIndex, question: str, candidate: Candidate) -> Candidate:
    """`candidate` with the next sentence of its paragraph when it negates the question's verb and that
    sentence asserts the verb (no negation in it); else `candidate` as it is."""
    if len(candidate.sentences) != 1:
        return candidate
    sentence = candidate.sentences[0]
    asked = {stem(w) for w in query_words(question, {}) if w not in STOPWORDS}
    negated = {stem(m.group(1).casefold()) for m in _NEGATED.finditer(sentence.text)} & asked
    if not negated:
        return candidate
    at = index.position(sentence)
    following = index.sentences[at + 1] if at + 1 < len(index.sentences) else None
    if following is None or following.paragraph != sentence.paragraph or following.is_caption:
        return candidate
    if _NEGATION.search(following.text) or not negated & {stem(w) for w in query_words(following.text, {})}:
        return candidate
    return replace(candidate, sentences=(sentence, following))
