"""Whether a sentence answers the question about the thing the question qualifies it with, or about
another: "Who scored for City?" is not answered by "Ashworth scored for Rovers", nor "How many people
were in the study?" by "millions of people in Britain", though each holds the question's verb or noun.

Pattern rules over the words around the match: the question's word before a preposition, the same
preposition after it in the sentence, and there another name where the question has its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from bot.core import constants
from bot.core.ask.candidates import Word
from bot.core.ask.spellings import other_form
from bot.core.language.lexicon import WEEKDAYS_MONTHS
from bot.core.search.index import STOPWORDS, ArticleIndex, SentenceEntry, query_words

# Prepositions that tie a thing to what it belongs to, where or when it is: "scored for City", "people
# in the study", "the capital of France". Not "about" (a topic, ask.said) or "to" ("according to").
_QUALIFYING = frozenset("in for at on against during from with of".split())
# Words between the preposition and its noun: "for the City", "in his study" ("this" and "that" are no
# determiners: "a version of this appeared").
_DETERMINERS = frozenset("a an the his her their its our my your".split())


@dataclass(frozen=True, slots=True)
class Qualifier:
    """A question's "scored for City": the word it qualifies, the preposition, the qualifying words."""

    qualified: Word
    preposition: str
    words: tuple[Word, ...]  # the phrase after the preposition


def qualifiers(question: str, words: list[Word]) -> list[Qualifier]:
    """The question's qualifying phrases whose words the article has: a preposition with a content word
    of the question before it (the nearest) and content words right after it."""
    asked = query_words(question, {})
    by_word = {w.word: w for w in words}
    found = []
    for at, token in enumerate(asked):
        if token not in _QUALIFYING:
            continue
        before = next((by_word[t] for t in reversed(asked[:at]) if t in by_word), None)
        after = asked[at + 1 :]
        while after and after[0] in _DETERMINERS:
            after = after[1:]
        phrase = []
        for t in after:
            if t in STOPWORDS or t not in by_word:
                break
            phrase.append(by_word[t])
        if before is not None and phrase and all(w.known for w in phrase):
            found.append(Qualifier(before, token, tuple(phrase)))
    return found


def qualified_otherwise(
    index: ArticleIndex, question: str, words: list[Word], sentences: Iterable[SentenceEntry]
) -> bool:
    """True when a sentence of the answer puts another name where the question puts its qualifier, and
    lacks the question's: "Ashworth scored for Rovers" for "Who scored for City?"."""
    found = qualifiers(question, words)
    asked = {t for w in words for t in w.terms}
    return any(_other_name(index, s, q, asked) for q in found for s in sentences)


def _other_name(index: ArticleIndex, sentence: SentenceEntry, qualifier: Qualifier, asked: set[str]) -> bool:
    held = [w for w in qualifier.words if any(t in sentence.counts for t in w.terms)]
    if len(held) == len(qualifier.words):
        return False  # the sentence says it of the thing asked about
    if held:
        # "part in the Jerusalem Marathon" for "... in the Palestine Marathon": the same head, named
        # by another word; a sentence with only the head otherwise speaks of the thing asked about.
        return _other_of_head(index, sentence, qualifier, asked)
    entry = sentence.entry
    terms = entry.terms[sentence.low : sentence.high]
    reach = constants.ASK_QUALIFIER_REACH
    for at, term in enumerate(terms):
        if term not in qualifier.qualified.terms:
            continue
        for step in range(at + 1, min(len(terms), at + 2 + reach)):
            if terms[step] != qualifier.preposition:
                continue
            named = step + 1
            while named < len(terms) and terms[named] in _DETERMINERS:
                named += 1
            if named < len(terms) and terms[named] not in asked:
                word = entry.text[entry.starts[sentence.low + named] : entry.ends[sentence.low + named]]
                if word[:1].isupper() and not _spelt_out(index, qualifier, terms[named]):
                    return True
            break
    return False


def _other_of_head(
    index: ArticleIndex, sentence: SentenceEntry, qualifier: Qualifier, asked: set[str]
) -> bool:
    """True when the sentence has the qualifier's head (its last word) after the same preposition with
    a capitalised word the question lacks in place of the qualifier's others: "in the Jerusalem
    Marathon" where the question asks "in the Palestine Marathon"; not "in Sunday's marathon", "in the
    Sunday marathon" nor "at the European Union summit" for "at the EU summit"."""
    entry = sentence.entry
    terms = sentence.terms
    head = qualifier.words[-1].terms
    for at, term in enumerate(terms):
        if term != qualifier.preposition:
            continue
        named = at + 1
        while named < len(terms) and terms[named] in _DETERMINERS:
            named += 1
        first = named
        while named < len(terms) and terms[named] not in head:
            named += 1
        if first == named or named == len(terms):
            continue
        span = entry.text[entry.starts[sentence.low + first] : entry.starts[sentence.low + named]]
        words = span.split()
        if (
            all(w[:1].isupper() for w in words)
            and "'" not in span
            and "\u2019" not in span
            and not set(terms[first:named]) & (asked | WEEKDAYS_MONTHS)
            and not _spelt_out(index, qualifier, terms[first])
        ):
            return True
    return False


def _spelt_out(index: ArticleIndex, qualifier: Qualifier, term: str) -> bool:
    """True when the name is the qualifier written another way: "of the European Union" for "of the EU"."""
    forms = (other_form(index, w.word) for w in qualifier.words)
    return any(form is not None and query_words(form, {})[:1] == [term] for form in forms)


# "How much does the DS cost?": the thing whose price is asked, between the auxiliary and the verb.
_PRICED = re.compile(
    r"^\s*(?:how\s+much|what)\s+(?:does|do|did|will|would)\s+(?:the\s+|a\s+|an\s+)?(?P<thing>.+?)\s+cost\s*\??\s*$",
    re.IGNORECASE,
)
# Words for a price itself: "the price of the DS" speaks of the DS's cost.
_PRICE_WORDS = frozenset("price prices cost costs value worth fee fees rrp tag".split())


def priced_otherwise(question: str, text: str) -> bool:
    """True when the thing "How much does the DS cost?" asks the price of stands in `text` only after
    another noun and "for" or "of" ("Games for the DS are expected to cost £19"): that is their price."""
    asked = _PRICED.match(question)
    if not asked:
        return False
    thing = re.escape(asked.group("thing").strip())
    uses = list(re.finditer(rf"\b{thing}\b", text, re.IGNORECASE))
    if not uses:
        return False
    before = re.compile(r"\b([A-Za-z]+)\s+(?:for|of)\s+(?:the\s+|a\s+|an\s+|its\s+)?$")
    for use in uses:
        found = before.search(text[: use.start()])
        if found is None or found.group(1).casefold() in _PRICE_WORDS | STOPWORDS:
            return False
    return True
