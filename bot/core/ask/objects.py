""" "Which airline did Germany ban?" is answered by "Germany has banned Skyvora Air from its airspace": the
name right after the question's verb, done by the question's subject, is the thing asked for, though the
sentence never says "airline" (the confidence model, missing that word, kept it to a passage). The article
must call something by the asked noun somewhere ("The airline had flown ..."), or the name is of another
kind ("Which team did Lomax join?" of "Lomax joined Brenton Labs", a firm).
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.core import constants
from bot.core.ask.candidates import Candidate
from bot.core.language.lexicon import DEMONYMS, WEEKDAYS_MONTHS
from bot.core.language.stemming import stem
from bot.core.language.text import STOPWORDS
from bot.core.search.index import ArticleIndex, SentenceEntry

# "Which airline did Germany ban?", "What club has Ruiz joined?": the noun asked, the subject, the verb
# ending the question.
_WHICH_DONE = re.compile(
    r"^\s*(?:which|what)\s+(?P<thing>[a-z][\w-]*)\s+(?:did|does|do|has|have|had|will|would)\s+"
    r"(?P<subject>[\w’'.-]+(?:\s+[\w’'.-]+){0,3}?)\s+(?P<verb>[a-z]+)\s*\??\s*$",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"[\w’'-]+|[^\w\s]")
# Between the subject and its verb: auxiliaries, a day ("Germany on Monday banned"), a few adverbs.
_BETWEEN = frozenset("has have had will would did does do also now on then first this week".split())
_BETWEEN_REACH = 4
# Before the name after the verb: a determiner or up to two describing words ("the Iranian airline").
_BEFORE_NAME = frozenset("the a an".split())
_DESCRIBING_REACH = 2


def named_object(index: ArticleIndex, question: str, ranked: list[Candidate]) -> Candidate | None:
    """The best-ranked candidate where the question's subject does its verb to a name the question lacks,
    made confident, when the article calls something by the asked noun; None for any other question."""
    asked = _WHICH_DONE.match(question)
    if not asked or asked.group("verb").casefold() in STOPWORDS:
        return None
    subject = [w.casefold() for w in asked.group("subject").split()]
    # "Which club did he join?": a pronoun's doer is not in the sentence's words; "Which players did Nadal
    # break a tie with?": the question's last word is no verb, the subject no name of a doer.
    if any(w in STOPWORDS for w in subject[1:]) or subject[-1] in STOPWORDS:
        return None
    thing = _singular(asked.group("thing").casefold())  # "Which airlines ...?"
    if not _mentions(index.sentences, thing):
        return None
    question_words = {w.casefold() for w in re.findall(r"[\w’'-]+", question)}
    root = stem(asked.group("verb").casefold())
    for candidate in ranked:
        for sentence in candidate.sentences:
            # A plain search for the subject first: most sentences do not hold it.
            if sentence.is_caption or subject[-1] not in sentence.text.casefold():
                continue
            tokens = _TOKEN.findall(sentence.text)
            if any(
                _does_to_a_name(tokens, at, subject, root, thing, question_words) for at in range(len(tokens))
            ):
                return replace(candidate, confidence=max(candidate.confidence, constants.ASK_HIGH_CONFIDENCE))
    return None


def _singular(noun: str) -> str:
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


def _mentions(sentences: list[SentenceEntry], thing: str) -> bool:
    """Whether any sentence calls something by `thing`, singular or plural ("airline", "airlines")."""
    word = re.compile(rf"\b{re.escape(thing)}(?:s|es)?\b|\b{re.escape(thing[:-1])}ies\b", re.IGNORECASE)
    return any(word.search(s.text) for s in sentences)


def _does_to_a_name(
    tokens: list[str], at: int, subject: list[str], root: str, thing: str, asked: set[str]
) -> bool:
    """True when the token at `at` is the asked verb (by its stem, `root`), in lower case, its subject's
    last word a few words before it and a name the question lacks after it."""
    word = tokens[at]
    if not word.islower() or stem(word) != root:
        return False
    before = [t.casefold() for t in tokens[max(0, at - _BETWEEN_REACH - 1) : at]]
    while before and (before[-1] in _BETWEEN or before[-1] in WEEKDAYS_MONTHS):
        before.pop()
    if not before or before[-1] != subject[-1]:
        return False
    return _name_after(tokens[at + 1 :], thing, asked)


def _name_after(tokens: list[str], thing: str, asked: set[str]) -> bool:
    """A capitalised name right after the verb, past a determiner and up to two describing words."""
    describing = 0
    for token in tokens:
        low = token.casefold()
        if low in _BEFORE_NAME:
            continue
        if token[:1].isupper() and low not in DEMONYMS:
            return low not in asked and low not in WEEKDAYS_MONTHS
        if not token[:1].isalpha() or low in STOPWORDS or describing == _DESCRIBING_REACH:
            return False
        describing += low != thing
    return False
