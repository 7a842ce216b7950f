""" "What party is X?": the party word news copy writes right before a politician's name ("Libertarian
presidential candidate Gary Jansen", "Republican Rep. Lee Zelman", "Democratic nominee Ada
Holt"): that sentence answers, from the quote engine's people, however the ranking scores it.
"""

from __future__ import annotations

import re

from bot.core import constants
from bot.core.article import Article
from bot.core.ask.answers import Answer, cite
from bot.core.ask.people import mention_terms
from bot.core.ask.quoted import as_quotation
from bot.core.quotes import engine as quotes
from bot.core.search.index import SentenceEntry, build_index
from bot.core.search.windows import bounds, excerpt

# "What party is Reyes?", "Which party is Jill Stone in?", "What party is Gary Jansen running for?",
# "What is Holt's party?", "Which party does Ryan belong to?", "Which party's nominee is Holt?".
_PARTY_QUESTION = re.compile(
    r"^\s*(?:what|which)\s+(?:political\s+)?party(?:['’]s\s+\w+)?\s+(?:is|was|does|did)\s+(?P<a>.+?)"
    r"(?:\s+(?:in|from|with|running\s+for|belong\s+to|represent|a\s+member\s+of|for))?\s*\??\s*$"
    r"|^\s*what\s+(?:is|was)\s+(?P<b>.+?)['’]s?\s+(?:political\s+)?party\s*\??\s*$",
    re.IGNORECASE,
)
# A party's word, then up to four role words or short titles, then the name: "Democratic vice
# presidential nominee Sen.", "Republican Rep.", "GOP front-runner".
_PARTY_BEFORE = (
    r"\b(?P<party>Republican|Democratic|Democrat|GOP|Libertarian|Green|Labour|Conservative|Liberal Democrat|"
    r"Tory|Independent)\s+(?:(?:[a-z][\w-]*|[A-Z][a-z]{1,3}\.)\s+){0,4}"
)


def party_of(article: Article, question: str) -> Answer | None:
    """The sentence that writes a party's word right before the asked person's name; None when the
    question asks no party or no sentence does (the ranking then reads the article)."""
    match = _PARTY_QUESTION.match(question)
    if not match:
        return None
    asked = re.sub(r"['’]s?$", "", (match.group("a") or match.group("b")).strip())  # "What party is Trump's?"
    person = quotes.find_person(article, asked)
    if person is None:
        return None
    index = build_index(article)
    names = [re.escape(part) for part in {person.name, *person.aliases}]
    pattern = re.compile(_PARTY_BEFORE + r"(?:" + "|".join(names) + r")\b")
    terms = mention_terms(index, person)
    for sentence in index.sentences:
        if sentence.is_caption or not terms & sentence.counts.keys():
            continue
        found = pattern.search(sentence.text)
        if found is None:
            continue
        return sentence_answer(article, question, sentence, found.start())
    return None


def sentence_answer(article: Article, question: str, sentence: SentenceEntry, at: int) -> Answer:
    """`sentence` as a tier-1 answer (cut around `at`, where what ties the answer to the person is,
    when it is too long for one), cited to its place."""
    text = sentence.text
    if len(text) > constants.ASK_MAX_ANSWER_CHARS:
        start, end = bounds(text, max(0, at - 100), at + constants.ASK_MAX_ANSWER_CHARS - 102)
        text = excerpt(text, start, end)
    # 'He's standing up ...," tweeted X': a quotation opened in the sentence before gets its mark.
    text = as_quotation(article, sentence.paragraph, text)
    source = cite(article, sentence.paragraph, [(sentence.start, sentence.end)], text)
    return Answer(question, text, (source,), 1.0, "sentence")
