"""Turns of a transcript ("MARSH: About 12,000 this morning.") as the labelled person's words, and
an interview's answers ("Q: Will fares go up?" / "A: No.") as the interviewee's, as is what an
answer's "I said, “…”" brings: a transcript gives its speakers verbatim without quote marks, so the
quote engine never sees them. A transcript set in quote marks is read by the quote engine; its labels
then decide each turn's speaker.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from bot.core import constants
from bot.core.article import Article, Paragraph
from bot.core.article.newsprint import SPEAKER_LABEL, is_speaker_label
from bot.core.language import lexicon as lx
from bot.core.language.text import is_question
from bot.core.quotes import marks as qm
from bot.core.quotes.people import PERSON, Person, Quote, Registry
from bot.core.quotes.sources import WRITER

# Quote marks in a turn (marks.DOUBLE_MARKS): the quote engine reads those words, with the label as
# their speaker.


def transcript_quotes(article: Article, registry: Registry) -> list[Quote]:
    """The turns whose label names exactly one person of the article, when the article has at least
    TRANSCRIPT_MIN_TURNS labelled turns (one "UPDATE:" line is no transcript)."""
    turns = []
    for paragraph in article.paragraphs:
        label = SPEAKER_LABEL.match(paragraph.text)
        if label and paragraph.is_body and is_speaker_label(label.group().strip()[:-1]):
            turns.append((paragraph, label))
    if len(turns) < constants.TRANSCRIPT_MIN_TURNS:
        return []
    found = []
    for paragraph, label in turns:
        said = paragraph.text[label.end() :].strip()
        person = _labelled(label.group(), registry.persons)
        if person is None or not said or qm.DOUBLE_MARKS.intersection(said):
            continue
        found.append(Quote(said, paragraph.number, said, person.name))
    return found


# An interview's turns: "Q: When will ...?" / "A: We expect ...", or "Q." / "A.".
_ASKED = re.compile(r"Q[:.]\s+")
_ANSWERED = re.compile(r"A[:.]\s+")
# A headline announcing an interview whose questions stand as paragraphs of their own, unlabelled.
_INTERVIEW_TITLE = re.compile(r"\bQ\s?&\s?A\b|\binterview\b", re.IGNORECASE)


def interview_answers(article: Article, registry: Registry) -> list[Quote]:
    """The answers of an interview as the words of the one person named before its first question
    (in the headline's or the introduction's words): "Q:" / "A:" turns, or, under a headline saying
    it is a Q&A or an interview, question paragraphs each followed by its answer. None when the
    introduction names no one or more than one person, or when there are fewer than
    TRANSCRIPT_MIN_TURNS answers (one question asked in a story is no interview)."""
    answers = _labelled_answers(article) or _unlabelled_answers(article)
    if len(answers) < constants.TRANSCRIPT_MIN_TURNS:
        return []
    person = _interviewee(article, registry, answers[0][0].number)
    if person is None:
        return []
    return [Quote(said, paragraph.number, said, person.name) for paragraph, said in answers]


def quoted_answers(article: Article, registry: Registry, quotes: tuple[Quote, ...]) -> tuple[Quote, ...]:
    """An interview's answers set in quote marks ("Q: Will you restore it?" / "A: “I'd like to.”"):
    each quotation of an "A:" turn that no text around it gave a speaker is the interviewee's, as
    unmarked answers are (interview_answers)."""
    body = [p for p in article.paragraphs if p.is_body]
    if sum(1 for p in body if _ASKED.match(p.text)) < constants.TRANSCRIPT_MIN_TURNS:
        return quotes
    answered = [p for p in body if _ANSWERED.match(p.text) and qm.DOUBLE_MARKS.intersection(p.text)]
    if len(answered) < constants.TRANSCRIPT_MIN_TURNS:
        return quotes
    person = _interviewee(article, registry, answered[0].number)
    if person is None:
        return quotes
    numbers = {p.number for p in answered}
    return tuple(
        replace(q, speaker=person.name, kind=PERSON) if q.speaker is None and q.paragraph in numbers else q
        for q in quotes
    )


def recounted_by_interviewee(
    article: Article, registry: Registry, quotes: tuple[Quote, ...]
) -> tuple[Quote, ...]:
    """ "The Ledger spoke with Ms. Delacroix by phone. (This conversation has been edited and
    condensed.)" ... "I said, “What do you admire about her?”": in an interview whose note of editing
    stands in a paragraph naming one person, an "I" after it outside the questions is that person
    recounting, not the writer; the words "I said" brings are the interviewee's."""
    body = [p for p in article.paragraphs if p.is_body]
    noted = next((p for p in body if _EDITED_NOTE.search(p.text)), None)
    if noted is None:
        return quotes
    ids = {i for m in registry.mentions.get(noted.number, ()) if m.kind == PERSON for i in m.ids}
    named = [p for p in registry.persons if p.id in ids]
    if len(named) != 1:
        return quotes
    asked = {p.number for p in body if _a_question(p)}
    return tuple(
        replace(q, speaker=named[0].name, kind=PERSON)
        if q.speaker == WRITER and q.paragraph > noted.number and q.paragraph not in asked
        else q
        for q in quotes
    )


# "(This conversation has been edited and condensed.)", "This interview was edited for length.": the
# note that the paragraphs after it are an interview's questions and answers.
_EDITED_NOTE = re.compile(
    r"\b(?:interview|conversation|transcript)\b[^.]{0,40}\b(?:edited|condensed)\b", re.IGNORECASE
)


def _labelled_answers(article: Article) -> list[tuple[Paragraph, str]]:
    body = [p for p in article.paragraphs if p.is_body]
    if sum(1 for p in body if _ASKED.match(p.text)) < constants.TRANSCRIPT_MIN_TURNS:
        return []
    found = []
    for paragraph in body:
        turn = _ANSWERED.match(paragraph.text)
        said = paragraph.text[turn.end() :].strip() if turn else ""
        if said and not qm.DOUBLE_MARKS.intersection(said):
            found.append((paragraph, said))
    return found


def _unlabelled_answers(article: Article) -> list[tuple[Paragraph, str]]:
    if not _INTERVIEW_TITLE.search(article.title or ""):
        return []
    body = [p for p in article.paragraphs if p.is_body]
    found = []
    for asked, answer in itertools.pairwise(body):
        if (
            _a_question(asked)
            and not is_question(answer.text)
            and not qm.DOUBLE_MARKS.intersection(answer.text)
        ):
            found.append((answer, answer.text))
    return found


def _a_question(paragraph: Paragraph) -> bool:
    """A paragraph that is one question and no quotation: the interviewer's."""
    return (
        len(paragraph.sentences) == 1
        and is_question(paragraph.text)
        and not qm.DOUBLE_MARKS.intersection(paragraph.text)
    )


def _interviewee(article: Article, registry: Registry, first_answer: int) -> Person | None:
    """The one person the headline or the paragraphs before the first answer name."""
    before = range(1, first_answer)
    ids = {i for n in before for m in registry.mentions.get(n, ()) if m.kind == PERSON for i in m.ids}
    title = (article.title or "").casefold()
    ids |= {
        p.id
        for p in registry.persons
        if p.surname and re.search(rf"\b{re.escape(p.surname.casefold())}\b", title)
    }
    named = [p for p in registry.persons if p.id in ids]
    return named[0] if len(named) == 1 else None


def _labelled(label: str, persons: list[Person]) -> Person | None:
    """The one person whose surname the label is ("MARSH:", "MR. MARSH:", "GOV. MARSH:")."""
    words = [w.strip(".").casefold() for w in label.strip()[:-1].split()]
    words = [w for w in words if w and w not in lx.HONORIFICS and not lx.is_role_head(w)]
    if len(words) != 1:
        return None
    named = {p.name: p for p in persons if p.surname.casefold() == words[0]}
    return next(iter(named.values())) if len(named) == 1 else None


def quoted_turns(quotes: tuple[Quote, ...], registry: Registry) -> tuple[Quote, ...]:
    """A transcript quoted in marks ("“PRYCE: Well, look ...” ... “But the truth is ...” ... “HOLLAND:
    Thank you.”"): each labelled quotation is the label's person's (no one's when the label names no
    one person of the article), without its label, and a quotation continuing it from the next
    paragraph is the same speaker's; whoever the text around the marks gave them to. Only when at
    least TRANSCRIPT_MIN_TURNS quotations open with a label (one "UPDATE:" is no transcript)."""
    quotes = tuple(_labelled_quotation(quote, registry) for quote in quotes)
    labels = [_turn_label(q) for q in quotes]
    if sum(label is not None for label in labels) < constants.TRANSCRIPT_MIN_TURNS:
        return quotes
    out = []
    speaker: str | None = None
    turn_paragraph = None  # the paragraph of the last quotation of a turn, while the turn goes on
    for quote, label in zip(quotes, labels, strict=True):
        if label is not None:
            person = _labelled(label.group(), registry.persons)
            speaker = person.name if person is not None else None
            said = quote.text[label.end() :]
            quote = replace(quote, text=said, speaker=speaker, kind=PERSON, partial=False)
            turn_paragraph = quote.paragraph
        elif turn_paragraph is not None and quote.continued and quote.paragraph == turn_paragraph + 1:
            quote = replace(quote, speaker=speaker, kind=PERSON)
            turn_paragraph = quote.paragraph
        else:
            turn_paragraph = None
        out.append(quote)
    return tuple(out)


def _labelled_quotation(quote: Quote, registry: Registry) -> Quote:
    """ "VALE: “The bridge was inspected every year.” — Radio interview, March.": a quotation right
    after a capitals label opening its sentence (a fact check's layout) is the labelled person's,
    when the label names exactly one person of the article."""
    label = SPEAKER_LABEL.match(quote.sentence)
    if label is None or not is_speaker_label(label.group().strip()[:-1]):
        return quote
    rest = quote.sentence[label.end() :]
    if rest[:1] not in qm.OPENING_MARKS or not rest[1:].startswith(quote.text[:_LABELLED_PREFIX]):
        return quote
    person = _labelled(label.group(), registry.persons)
    return quote if person is None else replace(quote, speaker=person.name, kind=PERSON)


_LABELLED_PREFIX = 20  # enough of the words to know the quotation is the one right after the label


def _turn_label(quote: Quote) -> re.Match | None:
    """The capitals label opening a quotation's words ("PRYCE: ..."), if any."""
    label = SPEAKER_LABEL.match(quote.text)
    if label is None or not quote.text[label.end() :].strip():
        return None
    return label if is_speaker_label(label.group().strip()[:-1]) else None
