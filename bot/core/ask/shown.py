"""The chosen sentence as the reader sees it: with the sentence it refers back to or that continues
it, cut to the answer's length around the question's words, and the paragraphs it cites.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.core import constants
from bot.core.article import Article
from bot.core.ask.answers import Answer, Source, cite
from bot.core.ask.candidates import Candidate, content_words, continues
from bot.core.ask.question import WHO, classify
from bot.core.ask.quoted import as_quotation
from bot.core.language.text import words
from bot.core.quotes.givennames import is_given_name
from bot.core.search.index import ArticleIndex, SentenceEntry

# Words that open a sentence pointing back at the one before ("He", "It", "This").
REFERRING = frozenset("he she it they this these that those his her its their him them".split())

_PARAGRAPH_REFERRING = frozenset("he she they his her their".split())  # people carry across paragraphs


def candidate_answer(article: Article, index: ArticleIndex, question: str, best: Candidate) -> Answer:
    """The candidate as the answer: with the sentence it refers back to or that continues it, cut
    to the answer's length around the question's words."""
    asked = content_words(index, question)
    terms = {t for w in asked for t in w.terms}
    shown = _with_continuation(index, _with_antecedent(index, best), asked)
    named = _name_given(index, shown) if classify(question).kind == WHO else None
    cited = [best]
    if named is not None:
        shown = replace(shown, sentences=(*shown.sentences, named))
        cited.append(replace(best, sentences=(named,)))
    text = _fit(shown, terms, constants.ASK_MAX_ANSWER_CHARS)
    sources = cited_sources(article, cited, text)
    # "The pipes are 80 years old. They will not ...": a sentence from inside a quotation reads as
    # the quotation it is, and whose.
    text = as_quotation(article, best.sentences[0].paragraph, text)
    return Answer(question, text, sources, best.confidence)


def _with_antecedent(index: ArticleIndex, candidate: Candidate) -> Candidate:
    """The candidate with the sentence before it when it opens with a pronoun ("He said...")
    that refers back, so the answer says who or what; unchanged when that does not fit."""
    first = candidate.sentences[0]
    opener = words(first.text[:40])[:1]
    if not opener or opener[0].casefold() not in REFERRING or not first.terms:
        return candidate
    position = index.position(first)
    if position == 0:
        return candidate
    before = index.sentences[position - 1]
    if before.paragraph != first.paragraph and opener[0].casefold() not in _PARAGRAPH_REFERRING:
        return candidate
    if before.is_caption or len(before.text) + len(candidate.text) + 1 > constants.ASK_MAX_ANSWER_CHARS:
        return candidate
    return replace(candidate, sentences=(before, *candidate.sentences))


def _name_given(index: ArticleIndex, candidate: Candidate) -> SentenceEntry | None:
    """ "Who was charged?" answered by a lede that describes ("A 34-year-old man has been charged
    ..."): the sentence a little later that names him ("Daniel Rourke, of Ashgrove Road, ..."), news
    copy's way of introducing the person its lede describes; None when none fits."""
    first, last = candidate.sentences[0], candidate.sentences[-1]
    if words(first.text[:3])[:1] not in (["A"], ["An"]) or not last.terms:
        return None
    position = index.position(last)
    room = constants.ASK_MAX_ANSWER_CHARS - len(candidate.text) - 1
    for after in index.sentences[position + 1 : position + 1 + constants.ASK_NAMED_LATER_SENTENCES]:
        if _opens_with_a_name(after.text) and not after.is_caption and len(after.text) <= room:
            return after
    return None


# "Viktor Makarov, 50, claims ...": a name and an age, news copy's introduction of a person.
_NAME_AND_AGE = re.compile(r"[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){1,2}, \d{1,3},")


def _opens_with_a_name(text: str) -> bool:
    """A sentence opening with a person's name: a given name and a capitalised word ("Michael Sears
    admitted ..."), or any name with an age after it ("Viktor Makarov, 50, ...")."""
    opening = words(text[:60])[:2]
    if len(opening) == 2 and opening[1][:1].isupper() and is_given_name(opening[0].casefold()):
        return True
    return bool(_NAME_AND_AGE.match(text))


def _with_continuation(index: ArticleIndex, candidate: Candidate, asked: list) -> Candidate:
    """The candidate with the sentence after it when that one continues it ("That could include
    ...") and holds a question word the candidate lacks: the first only announces the answer."""
    last = candidate.sentences[-1]
    if not last.terms:
        return candidate
    position = index.position(last)
    if position + 1 >= len(index.sentences):
        return candidate
    after = index.sentences[position + 1]
    if after.paragraph != last.paragraph or after.is_caption or not continues(after):
        return candidate
    lacking = [w for w in asked if w.word not in candidate.matched]
    if not any(t in after.counts for w in lacking for t in w.terms):
        return candidate
    return replace(candidate, sentences=(*candidate.sentences, after))


def _fit(candidate: Candidate, terms: set[str], limit: int) -> str:
    """The candidate's text, cut to `limit` characters around its matched words if too long."""
    text = candidate.text
    if len(text) <= limit:
        return text
    # Terms and offsets as the index keeps them: Token objects for a megabyte paragraph cost seconds.
    sentence = max(candidate.sentences, key=lambda s: sum(term in terms for term in s.terms))
    last = candidate.sentences[-1]
    if len(candidate.sentences) > 1 and continues(last) and len(last.text) < limit - 20:
        # "That could include ...": the continuation says what was asked; show it whole, with as
        # much of the sentence it continues as fits before it.
        return "…" + text[len(text) - limit + 1 :].split(" ", 1)[-1]
    text = sentence.text
    if len(text) <= limit:
        return text
    entry, low, high = sentence.entry, sentence.low, sentence.high
    offsets = zip(entry.terms[low:high], entry.starts[low:high], entry.ends[low:high], strict=True)
    spans = [(start - sentence.start, end - sentence.start) for term, start, end in offsets if term in terms]
    centre = (spans[0][0] + spans[-1][1]) // 2 if spans else 0
    start = max(0, min(centre - limit // 2, len(text) - limit))
    window = text[start : start + limit - 2]
    if start > 0:
        window = "…" + window.split(" ", 1)[-1]
    if start + limit - 2 < len(text):
        window = window.rsplit(" ", 1)[0] + "…"
    return window[:limit]


def cited_sources(
    article: Article, candidates: list[Candidate], answer: str | None = None
) -> tuple[Source, ...]:
    """Each candidate's paragraphs (a question and its reply span two); for a long one, the window
    of whole sentences around the candidate."""
    found: dict[int, Source] = {}
    for candidate in candidates:
        for number in dict.fromkeys(s.paragraph for s in candidate.sentences):
            if number not in found:
                spans = [(s.start, s.end) for s in candidate.sentences if s.paragraph == number]
                found[number] = cite(article, number, spans, answer or candidate.text)
    return tuple(found.values())
