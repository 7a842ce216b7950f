"""A quotation inside a clause with a subject of its own: "Holt wants her emails made public, even the
ones the ministry now says are “…”" is not the words of the person the sentence opens with.
"""

from __future__ import annotations

from bot.core.language import lexicon as lx
from bot.core.quotes import attribution as attr
from bot.core.quotes.function_words import CLAUSE_OPENERS, PREPOSITIONS
from bot.core.quotes.people import NONPERSON


def worded_subject(left: list[attr.Item]) -> bool:
    """Whether the last verb of saying before the quotation has a subject of its own, written out
    but naming no person (a noun after a determiner, or a capitalised word, right before the verb
    past adverbs), so the person the sentence names speaks another clause, not the quotation."""
    events = attr.events(left)
    if not events or events[-1][1].kind != "other":
        return False
    verb = events[-1][0]
    if left[verb].low.endswith("ing"):
        return False
    if any(left[v].low in _TELLING_OUTER and s.kind != "other" for v, s in events[:-1]):
        return False  # "She said the board now says it is “…”": the outer teller reports the saying
    at = verb - 1
    while at >= 0 and left[at].kind == "word" and left[at].low in _SUBJECT_ADVERBS:
        at -= 1
    if left[verb].low.endswith("s") and at == verb - 1:
        return False  # "the latest claims", "its tweets": a plural noun, unless an adverb tells a verb
    if at < 1 or left[at].kind not in ("word", "mention") or left[at].possessive:
        return False
    item = left[at]
    if item.kind == "mention":
        return item.mention is not None and item.mention.kind == NONPERSON
    if item.low in CLAUSE_OPENERS or item.low in PREPOSITIONS or item.low in _NOT_SUBJECT_WORDS:
        return False
    if item.cap:
        return True
    before = left[max(0, at - _DETERMINER_REACH) : at]
    return any(i.kind == "word" and i.low in _SUBJECT_DETERMINERS for i in before)


_TELLING_OUTER = lx.CORE_SPEECH_VERBS | frozenset(
    "claimed claims argued argues insisted insists wrote writes".split()
)
_SUBJECT_ADVERBS = lx.ADVERBS | frozenset("now also still just even never".split())
_SUBJECT_DETERMINERS = frozenset("the a an this that these those its their".split())
_NOT_SUBJECT_WORDS = frozenset("to who which that it".split())
_DETERMINER_REACH = 3  # "the Foreign Office", "the state's election board"
