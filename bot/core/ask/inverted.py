"""Whether a sentence holds the question's words with their roles the other way round.

"Who did King Charles swear fealty to?" is not answered by "Rollo agreed to swear fealty to King
Charles": the one sworn to is the king the question names, so the sentence says who swore, not to
whom. "Who replaced the Normans?" is not answered by "The Normans replaced the Anglo-Saxons": the
Normans did the replacing. Each sentence holds every word of its question, which makes them the most
tempting answers to questions the article cannot answer.
"""

from __future__ import annotations

import re

from bot.core.language.stemming import stem
from bot.core.language.text import STOPWORDS

_TOKEN = re.compile(r"[^\W_][\w'’-]*|[,;:()–—]")
_CLAUSE_BREAK = frozenset(",;:()–—")
# "Who did X ... to?": the question asks for the object of its last word, a preposition.
_ASKS_OBJECT = re.compile(
    r"^\s*(?:who|whom|what)\s+(?:did|does|do|was|were|is|are|has|have|had|will|would|can|could)\s",
    re.IGNORECASE,
)
_STRANDED = frozenset("to on at from with for of about into onto by against".split())
_DETERMINERS = frozenset("a an the his her their its".split())
# "Who replaced the Normans ...?": "who" or "what" is the doer of an inflected verb ("-ed", "-s").
_ASKS_DOER = re.compile(r"^\s*(?i:who|what)\s+(?P<verb>[a-z]+(?:ed|es|s))\b")
# A form of "be" or "have" just before the verb: a passive or a perfect, whose word order says nothing
# of who did what ("Rollo was replaced by ...").
_AUXILIARIES = frozenset("is are was were be been being has have had".split())
# "Who did Edgar marry?": the question's subject and bare verb follow "did".
_ASKS_DONE_BY = re.compile(r"^\s*(?:who|whom|what)\s+(?:did|does|do|will|would|can|could)\s", re.IGNORECASE)
_REACH = 3  # words read after the preposition
_CLAUSE = 6  # words read before and after the verb, within its clause


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def _key(word: str) -> str:
    return stem(word.casefold().replace("’", "'").removesuffix("'s"))


def roles_inverted(question: str, texts: list[str]) -> bool:
    """True when the sentences put the question's own words where its answer should be."""
    text = " ".join(texts)
    return (
        _object_already_named(question, text)
        or _doer_already_named(question, text)
        or _doer_done_to(question, text)
    )


def _object_already_named(question: str, text: str) -> bool:
    """ "Who did the Irish culture have an effect on?" against "The Normans had an effect on Irish
    culture": what follows the question's last word there ("on") is the question's own subject."""
    if not _ASKS_OBJECT.match(question):
        return False
    asked = _tokens(question.rstrip(" ?"))
    if len(asked) < 4 or asked[-1].casefold() not in _STRANDED or asked[-2].casefold() in STOPWORDS:
        return False
    own = {_key(w) for w in asked[2:-1] if w.casefold() not in STOPWORDS}
    before, preposition = _key(asked[-2]), asked[-1].casefold()
    tokens = _tokens(text)
    for at in range(len(tokens) - 2):
        if _key(tokens[at]) != before or tokens[at + 1].casefold() != preposition:
            continue
        after = [w for w in tokens[at + 2 : at + 2 + _REACH + 1] if w.casefold() not in _DETERMINERS]
        named = []
        for word in after[:_REACH]:
            if word in _CLAUSE_BREAK or word.casefold() in STOPWORDS:
                break
            named.append(word)
        if named and all(_key(w) in own for w in named):
            return True
    return False


def _doer_already_named(question: str, text: str) -> bool:
    """ "Who replaced the Normans?" against "The Normans replaced the Anglo-Saxons": the verb's doer is
    a name the question gives as its object, and another name follows the verb, none of the question's."""
    asked = _ASKS_DOER.match(question)
    if asked is None or asked.group("verb") in _AUXILIARIES | STOPWORDS:
        return False
    verb = asked.group("verb")
    names = {_key(w) for w in _tokens(question[asked.end() :]) if w[:1].isupper()}
    if not names:
        return False
    tokens = _tokens(text)
    for at, token in enumerate(tokens):
        if token.casefold() != verb or any(w.casefold() in _AUXILIARIES for w in tokens[max(0, at - 2) : at]):
            continue
        before = _clause(reversed(tokens[max(0, at - _CLAUSE) : at]))
        after = _clause(tokens[at + 1 : at + 1 + _CLAUSE])
        doer = any(w[:1].isupper() and _key(w) in names for w in before)
        others = [w for w in after if w[:1].isupper()]
        if doer and others and not any(_key(w) in names for w in others):
            return True
    return False


def _doer_done_to(question: str, text: str) -> bool:
    """ "Who did Edgar marry?" against "Malcolm married Edgar's sister": the question's doer owns the
    verb's object there. "Who did the Normans encourage?" against "Norman mercenaries were encouraged ...
    by the Lombards": the doer asked about is the one the verb was done to."""
    asked = _ASKS_DONE_BY.match(question)
    if asked is None:
        return False
    rest = _tokens(question[asked.end() :])
    tokens = _tokens(text)
    keys = [_key(t) for t in tokens]
    # The verb is a word in lower case after a name of the subject ("the Normans encourage", "the Marlow
    # boatmen persuade"): each such word the sentence has is tried.
    for at, word in enumerate(rest):
        doer = {_key(w) for w in rest[:at] if w[:1].isupper()}
        if word.islower() and word not in STOPWORDS and doer and _done_to(tokens, keys, doer, _key(word)):
            return True
    return False


def _done_to(tokens: list[str], keys: list[str], doer: set[str], verb: str) -> bool:
    for at, key in enumerate(keys):
        if key != verb:
            continue
        after = [w for w in tokens[at + 1 : at + 1 + _REACH] if w.casefold() not in _DETERMINERS]
        if after and after[0].endswith(("'s", "’s")) and _key(after[0]) in doer:
            return True
        passive = any(w.casefold() in _AUXILIARIES for w in tokens[max(0, at - 2) : at])
        before = _clause(reversed(tokens[max(0, at - _CLAUSE) : at]))
        by = "by" in (w.casefold() for w in _clause(tokens[at + 1 : at + 1 + _CLAUSE * 2]))
        if passive and by and any(_key(w) in doer for w in before):
            return True
    return False


def _clause(tokens) -> list[str]:
    """The words up to the first clause break."""
    words = []
    for token in tokens:
        if token in _CLAUSE_BREAK:
            break
        words.append(token)
    return words
