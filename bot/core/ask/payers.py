""" "Who will pay for the plan?": the sentence where "pay" is the verb ("The county council will pay for
the rise ...", "the scheme will be paid for by ..."), not one where it is a noun ("a 5% pay rise under a
plan"), which matches more of the question's words and so ranked first.
"""

from __future__ import annotations

import re

from bot.core.article import Article
from bot.core.ask.answers import Answer, cite
from bot.core.language.text import word_prefixes
from bot.core.search.index import build_index

_WHO_PAYS = re.compile(
    r"^\s*who\s+(?:(?:will|would|should|must|is\s+going\s+to|has\s+to|have\s+to|is|are|was|were|did|does)\s+)?"
    r"(?:pay|pays|paying|paid)\s+for\s+(.+?)\s*\??\s*$",
    re.IGNORECASE,
)
# "pay" as a verb: after a modal or "to" ("will pay for", "to pay for"), or inflected ("pays for",
# "paid for", "paying for"); "pay rise", "maternity pay" are nouns.
_PAID_FOR = re.compile(
    r"\b(?:(?:will|would|shall|should|must|can|could|may|might|to|did|does|do)\s+(?:\w+\s+)?pay|pays|paid|paying)"
    r"\s+for\b",
    re.IGNORECASE,
)

_PAY_FORMS = ("pay", "pays", "paid", "paying")


def who_pays(article: Article, question: str) -> Answer | None:
    """The sentence saying who pays for what is asked: the first holding "pay for" as a verb and a word
    of the thing asked, else the article's only such sentence ("the plan" the article calls "the rise")."""
    asked = _WHO_PAYS.match(question)
    if not asked:
        return None
    wanted = word_prefixes(asked.group(1))
    paying = []  # (sentence, where its "pay for" ends)
    index = build_index(article)
    # The verb's pattern is tried only where a form of "pay" stands: a long article has few such.
    for position in index.sentences_holding(_PAY_FORMS):
        sentence = index.sentences[position]
        verb = _PAID_FOR.search(sentence.text)
        if verb is not None and not sentence.is_caption:
            paying.append((sentence, verb.end()))
    named = [s for s, end in paying if wanted & word_prefixes(s.text[end:])]
    chosen = named[:1] or ([paying[0][0]] if len(paying) == 1 else [])
    if not chosen:
        return None
    sentence = chosen[0]
    source = cite(article, sentence.paragraph, [(sentence.start, sentence.end)], sentence.text)
    return Answer(question, sentence.text, (source,), 1.0, "sentence")
