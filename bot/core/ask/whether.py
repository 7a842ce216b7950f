""" "Who decides whether schools close?": the sentence naming who decides it ("Head teachers decide
whether schools close", "it is up to the governor whether ..."), told by the deciding verb and the
"whether" that follow the decider, not by how well the question's words rank, which a sentence only
about schools closing wins.
"""

from __future__ import annotations

import re

from bot.core.article import Article
from bot.core.ask.answers import Answer, cite
from bot.core.language.text import word_prefixes
from bot.core.search.index import build_index

_DECIDING = r"(?:decide[sd]?|deciding|choose[s]?|chose|determine[sd]?|rule[sd]?)"
_WHO_DECIDES_WHETHER = re.compile(
    rf"^\s*who\s+(?:(?:will|would|can|gets?\s+to|has\s+to|must)\s+)?{_DECIDING}\s+(?:whether|if)\s+(.+?)\s*\??\s*$",
    re.IGNORECASE,
)
# "X decide(s) whether", "it is up to X (to decide) whether", "X will decide if": a decider told.
_DECIDER_TOLD = re.compile(
    rf"\b{_DECIDING}\s+(?:whether|if)\b|\bup\s+to\s+[^,.;]{{1,60}}?\s+(?:to\s+{_DECIDING}\s+)?(?:whether|if)\b",
    re.IGNORECASE,
)


def who_decides(article: Article, question: str) -> Answer | None:
    """The first sentence telling a decider of what the question asks whether of, holding a word of it."""
    asked = _WHO_DECIDES_WHETHER.match(question)
    if not asked:
        return None
    wanted = word_prefixes(asked.group(1))
    if not wanted:
        return None
    index = build_index(article)
    # The decider's pattern is tried only where "whether" or "if" stands: a long article has few such.
    for position in index.sentences_holding(("whether", "if")):
        sentence = index.sentences[position]
        told = _DECIDER_TOLD.search(sentence.text)
        if told and wanted & word_prefixes(sentence.text[told.end() :]):
            source = cite(article, sentence.paragraph, [(sentence.start, sentence.end)], sentence.text)
            return Answer(question, sentence.text, (source,), 1.0, "sentence")
    return None
