"""For "Who wrote this article?": the byline ("By Lina Marsh") or the writer's closing line
("Michael Haltzel ... is Senior Fellow at ..."), which the ranking cannot tell from the story.
"""

from __future__ import annotations

import itertools
import re

from bot.core.article import Article, Sentence
from bot.core.ask.answers import Answer, sentence_reply
from bot.core.search.index import build_index

_PIECE = r"(?:article|piece|story|report|column|op-?ed|opinion\s+piece|this|it)"
# "Who wrote this article?", "who wrote the story", "Who is the author?", "who's the writer of this piece"
_ASKS_AUTHOR = re.compile(
    rf"^\s*who\s+(?:wrote|authored|penned)\s+(?:(?:this|the)\s+)?{_PIECE}\s*\??\s*$"
    rf"|^\s*who(?:'s|’s|\s+is|\s+was)\s+the\s+(?:author|writer|reporter|journalist)"
    rf"(?:\s+of\s+(?:this|the)\s+{_PIECE})?\s*\??\s*$"
    rf"|^\s*who(?:'s|’s|\s+is|\s+was)\s+(?:(?:this|the)\s+)?{_PIECE}\s+(?:written\s+)?by\s*\??\s*$",
    re.I,
)
# "By Lina Marsh", "By . Hannah Brill .", "By Hannah Brill for the Daily Courier": a byline that
# names someone.
_NAMED_BYLINE = re.compile(r"^\s*By\b[\s.]*[A-Z]")
# The writer's closing line: "Charlotte Meehan is playwright-in-residence at ...", "Michael Haltzel,
# former adviser to ..., is Senior Fellow at ...", "Reporting by Ann Lee; Editing by Tom Ray".
_NAME = r"[A-Z][\w'’-]+(?:\s+(?:[A-Z]\.|[A-Z][\w'’-]+)){1,3}"
_WRITER_LINE = re.compile(
    rf"^(?P<name>{_NAME})(?:,.{{0,200}}?,)?\s+(?:is|was|writes|has\s+written)\s"
    rf"|^(?:Additional\s+)?(?:Reporting|Writing|Written)\s+by\s+(?P<reporter>{_NAME})"
)


# An opinion piece's disclaimer: "The views expressed in this commentary are solely those of the
# writer.", "The opinions expressed in this article are his own." The sentence before it is the
# writer's line ("Andre Spicer is Professor of Organizational Behavior at ...").
_DISCLAIMER = re.compile(
    r"^\s*(?:The\s+)?(?:views|opinions)\s+expressed\s+(?:in\s+this\s+\w+|here)\s+are\s+"
    r"(?:solely\s+)?(?:those\s+of\s+the\s+(?:writer|author)s?|(?:his|her|their|my)\s+own)\b",
    re.I,
)


def asks_author(question: str) -> bool:
    """True for "Who wrote this article?" and its kin, not for "Who wrote the letter?"."""
    return bool(_ASKS_AUTHOR.match(question))


def author_sentence(article: Article) -> Sentence | None:
    """The byline naming the writer, else the closing line about a writer the story never names."""
    byline = next((s for s in article.sentences if s.is_byline and _NAMED_BYLINE.match(s.text)), None)
    if byline is not None:
        return byline
    introduced = _disclaimer_writer(article)
    if introduced is not None:
        return introduced
    body = [p for p in article.paragraphs if p.is_body and p.sentences]
    if not body:
        return None
    # Wire copy's credit line ("Reporting by Ann Lee; Editing by Tom Ray") closes the article
    # outside the story's body.
    closing = article.paragraphs[-1]
    credit = _WRITER_LINE.match(closing.text) if closing.sentences and not closing.is_body else None
    if credit is not None and credit.group("reporter"):
        return closing.sentences[0]
    if len(body) < 2:
        return None  # a one-paragraph text (a corpus line) has no closing line apart from its story
    last = body[-1]
    found = _WRITER_LINE.match(last.text)
    if found is None:
        return None
    name = found.group("name") or found.group("reporter")
    # "Tom Hargrove is the mayor." closing a story about him is no writer's line.
    if any(name in p.text for p in body[:-1]):
        return None
    return last.sentences[0]


# "Who wrote the report?": a report the story itself tells of, when its body uses the word.
_THE_REPORT = re.compile(r"\bthe\s+report\b", re.I)


def _story_document(article: Article, question: str) -> bool:
    """True when "the report" asked about is one the story tells of ("according to a report from the
    inspector general"), not the article: the story's body says "report"."""
    if not _THE_REPORT.search(question):
        return False
    df = build_index(article).vocabulary.df  # read once per article, not a scan per question
    return "report" in df or "reports" in df


def author_answer(article: Article, question: str) -> Answer | None:
    """ "Who wrote this article?" answered by the byline or the writer's closing line; without
    either the article does not say (a sentence where someone is "writing" is no answer)."""
    if not asks_author(question) or _story_document(article, question):
        return None
    sentence = author_sentence(article)
    if sentence is None:
        return Answer(question, None, (), 0.0, "declined")
    return sentence_reply(article, question, sentence)


def _disclaimer_writer(article: Article) -> Sentence | None:
    """The writer's line an opinion piece's disclaimer follows ("Andre Spicer is Professor of ...
    The views expressed in this commentary are solely those of the writer."), wherever it stands."""
    for before, sentence in itertools.pairwise(article.sentences):
        if _DISCLAIMER.match(sentence.text) and _WRITER_LINE.match(before.text):
            return before
    return None
