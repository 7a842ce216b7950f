"""Tier 2: the closest passage (the best candidate's paragraph, or its window with the runner-up when
close by), the "Also close" lines from other paragraphs, and the leads.
"""

from __future__ import annotations

import re

from bot.core import constants
from bot.core.article import Article, Paragraph
from bot.core.ask.answers import Source, cite
from bot.core.ask.candidates import Candidate, rank_weight
from bot.core.ask.excerpts import pieces
from bot.core.ask.quoted import QUOTE_MARKS
from bot.core.ask.shown import OPENING_QUOTES, REFERRING, cited_sources
from bot.core.language.stemming import stem
from bot.core.language.text import is_question, words
from bot.core.search.index import STOPWORDS


def closest_passage(article: Article, candidate: Candidate, ranked: list[Candidate]) -> Source:
    """The candidate's paragraph, or (when long) the window of whole sentences around it; around the
    runner-up too when it stands in the same long paragraph and both fit: unsure between the two,
    the passage should show both (a one-line corpus article is a single long paragraph). In such an
    article the next-ranked candidate further off follows the window, apart (_with_others)."""
    number = candidate.paragraph
    spans = [(s.start, s.end) for s in candidate.sentences if s.paragraph == number]
    passage = cite(article, number, spans, candidate.text, constants.ASK_PASSAGE_CHARS)
    if passage.text == article.paragraph(number).text:
        return passage
    runner = next((c for c in ranked if c is not candidate), None)
    if runner is not None and runner.paragraph == number:
        both = sorted(spans + [(s.start, s.end) for s in runner.sentences if s.paragraph == number])
        if all(s.text in passage.text for s in runner.sentences):
            spans = both
        else:
            wider = cite(article, number, both, candidate.text, constants.ASK_PASSAGE_CHARS)
            if all(s.text in wider.text for s in (*candidate.sentences, *runner.sentences)):
                passage, spans = wider, both
    if len(article.paragraphs) > 1:
        return passage  # the "Also close" lines show the other paragraphs (also_close)
    return _with_others(article, number, spans, _others_in(candidate, ranked)) or passage


def _others_in(candidate: Candidate, ranked: list[Candidate]) -> list[Candidate]:
    """Next-ranked candidates in the candidate's paragraph that hold a question word as written and rank
    at least ASK_ALSO_SHARE as high, best first."""
    floor = constants.ASK_ALSO_SHARE * rank_weight(candidate)
    return [
        c
        for c in ranked
        if c is not candidate
        and all(s.paragraph == candidate.paragraph for s in c.sentences)
        and c.matched - c.weak
        and rank_weight(c) >= floor
    ]


def _with_others(
    article: Article, number: int, own: list[tuple[int, int]], others: list[Candidate]
) -> Source | None:
    """The long paragraph's window around `own`, narrowed so that the sentences of the first
    ASK_ALSO_IN_PARAGRAPH of `others` (next-ranked candidates further off in the same paragraph) show
    too, apart ("… "): the paragraph's own "Also close", all a one-line article has."""
    groups: list[list[tuple[int, int]]] = []
    for other in others:
        taken = {span for group in groups for span in group} | set(own)
        spans = [(s.start, s.end) for s in other.sentences if (s.start, s.end) not in taken]
        if spans and len(groups) < constants.ASK_ALSO_IN_PARAGRAPH:
            groups.append(spans)
    paragraph = article.paragraph(number)
    sentences = [(s.start, s.end) for s in paragraph.sentences]
    while groups:
        text = pieces(paragraph.text, sentences, own, groups, constants.ASK_PASSAGE_CHARS)
        if text is not None:
            return Source(number, text)
        groups.pop()
    return None


def with_neighbour(article: Article, passage: Source) -> Source:
    """The passage with the paragraphs it leans on (neighbours), in article order, apart by a blank
    line: a one-sentence lead-in alone does not say what it leads in to, nor "The city sent a letter"
    which city."""
    found = neighbours(article, passage)
    if not found:
        return passage
    texts = [p.text for p in sorted((*found, article.paragraph(passage.paragraph)), key=lambda p: p.number)]
    first = min(passage.paragraph, *(p.number for p in found))
    return Source(first, "\n\n".join(texts), max(passage.paragraph, *(p.number for p in found)))


def neighbours(article: Article, passage: Source) -> tuple[Paragraph, ...]:
    """The paragraphs a short one-sentence passage leans on: the one before it when it refers back
    ("The city sent a letter Thursday." after the paragraph naming Phoenix) or signs it ("Kathryn
    Kates." under her letter); the one after it when it leads in to a quotation ("At least one
    Democrat wasn't on board." before the senator's words) or to a paragraph whose subject it is
    ("Trump has also commented." before "On Wednesday, he told a crowd ..."), when it opens an item of a
    live blog (after a time stamp, "5:55 p.m.": the item's next paragraph tells the rest) or when its
    writer's handle follows ("@mdeluzgon.", also after a post of a few sentences), or when the next
    paragraph, of ordinary length, goes on about it: a lone short sentence often only opens what the
    story tells next. Both while all fits in ASK_PASSAGE_CHARS, the one after first."""
    paragraph = article.paragraph(passage.paragraph)
    if passage.text != paragraph.text or len(paragraph.text) > constants.ASK_LEAD_IN_CHARS:
        return ()
    number = passage.paragraph
    before = article.paragraph(number - 1) if number > 1 else None
    after = article.paragraph(number + 1) if number < len(article.paragraphs) else None
    if len(paragraph.sentences) != 1:
        # A post of a few short sentences is signed all the same ("We don't care. ..." "@name.").
        return (after,) if after is not None and _HANDLE.fullmatch(after.text) else ()
    found: list[Paragraph] = []
    room = constants.ASK_PASSAGE_CHARS - len(paragraph.text)
    if after is not None and _leans_on_next(paragraph, before, after) and len(after.text) <= room:
        found.append(after)
        room -= len(after.text)
    if before is not None and _leans_on_previous(paragraph, before) and len(before.text) <= room:
        found.append(before)
    return tuple(found)


def _leans_on_previous(paragraph: Paragraph, before: Paragraph) -> bool:
    opener = paragraph.text.split(maxsplit=1)[0].casefold()
    return _ordinary(before) and (opener in _REFERS_BACK or bool(_SIGNATURE.fullmatch(paragraph.text)))


def _leans_on_next(paragraph: Paragraph, before: Paragraph | None, after: Paragraph) -> bool:
    if _HANDLE.fullmatch(after.text):
        return True
    opens_item = before is not None and bool(_TIME_STAMP.fullmatch(before.text.strip()))
    refers_back = bool(_REFERS_TO_PREVIOUS.match(after.text))
    # An interviewer's question ("Why did you cast non-professional actors?"), not a quoted one:
    # the next paragraph is the answer.
    asks = (
        is_question(paragraph.text) and not QUOTE_MARKS.search(paragraph.text) and not is_question(after.text)
    )
    quoted = after.text.startswith(tuple(OPENING_QUOTES))
    return _ordinary(after) and (quoted or opens_item or refers_back or asks or _goes_on(paragraph, after))


def _goes_on(paragraph: Paragraph, after: Paragraph) -> bool:
    """True when `after`, of ordinary length, goes on about what `paragraph` says (a word of it again):
    news copy gives a fact a paragraph of its own and its particulars in the next ("Apple has unveiled
    a new, low-cost Macintosh ..." before "... showed off the new machine at his annual MacWorld speech
    ... The $499 Macintosh ..."); an item of a round-up that shares no word with the next is news of
    its own."""
    if len(after.text) > constants.SEARCH_LONG_PARAGRAPH_CHARS:
        return False
    return bool(_content_stems(paragraph.text) & _content_stems(after.text))


def _content_stems(text: str) -> set[str]:
    return {stem(w.casefold()) for w in words(text) if len(w) > 2 and w.casefold() not in STOPWORDS}


def _ordinary(paragraph: Paragraph) -> bool:
    """A body paragraph saying something: not a live blog's time stamp ("11:50 a.m."), a separator
    ("___"), nor a line of a few words standing alone."""
    return paragraph.is_body and len(paragraph.text.split()) > constants.ASK_SUBHEADING_WORDS


# Openers of a sentence that points back at the paragraph before ("The city", "It", "He").
_REFERS_BACK = REFERRING | {"the"}
# A live blog's time stamp or the separator between its items: "5:55 p.m.", "Noon", "___".
_TIME_STAMP = re.compile(
    r"(?:\d{1,2}(?::\d{2})?\s*(?:[ap]\.\s?m|[ap]m)|noon|midnight|_{3,}|-{3,}|\*{3,})\.?", re.IGNORECASE
)
# A letter's or a post's signature standing alone: a name of two or three words, or a handle.
_SIGNATURE = re.compile(r"[A-Z][\w'’-]+(?: [A-Z][\w'’.-]*){1,2}\.")
_HANDLE = re.compile(r"@\w+\.?")
# A paragraph whose subject is the one before it: "He told a crowd ...", "On Wednesday, he told ...".
_REFERS_TO_PREVIOUS = re.compile(
    r"(?:(?i:he|she|they|it|his|her|their|its|this|these)\b"
    r"|[A-Z][\w’'-]*(?: [\w’'-]+){0,3}, (?:he|she|they|it)\b)"
)


def also_close(passage: Source, best: Candidate, ranked: list[Candidate]) -> tuple[Source, ...]:
    """The next-ranked candidates' sentences from other paragraphs, shown after the closest passage
    while the whole still fits in ASK_PASSAGE_CHARS: unsure, the reply shows the other places that
    may answer. On encyclopedia articles the answer often sits in the second or third candidate's
    paragraph, and choosing that paragraph instead loses more than it wins (one per paragraph;
    only candidates holding a question word as written, as for the leads, and ranked not far below
    the best)."""
    room = constants.ASK_PASSAGE_CHARS - len(passage.text)
    floor = constants.ASK_ALSO_SHARE * rank_weight(best)
    shown = set(passage.paragraphs)
    found: list[Source] = []
    for candidate in ranked:
        if len(found) == constants.ASK_ALSO or room <= 0:
            break
        if candidate is best or candidate.paragraph in shown or not candidate.matched - candidate.weak:
            continue
        if rank_weight(candidate) < floor:
            continue
        text = candidate.text
        if len(text) > room or any(s.paragraph != candidate.paragraph for s in candidate.sentences):
            continue
        shown.add(candidate.paragraph)
        found.append(Source(candidate.paragraph, text))
        room -= len(text)
    return tuple(found)


def leads(article: Article, ranked: list[Candidate], passage: Source) -> tuple[Source, ...]:
    """The closest paragraphs, shown when the article does not answer the question: the passage as
    shown first (a long paragraph's 300-character window around the best sentence may miss what the
    passage shows), then the next ones.

    Only candidates that hold a question word as written (not a typo or a cousin) lead anywhere.
    """
    solid = [c for c in ranked if c.matched - c.weak]
    cited = cited_sources(article, solid[: constants.ASK_LEADS])
    others = [s for s in cited if s.paragraph not in passage.paragraphs]
    return (passage, *others)[: constants.ASK_LEADS]
