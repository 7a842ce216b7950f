"""What `ask` returns: an answer in one of three tiers (the sentence, the closest passage, or what
the article never mentions), the paragraphs it cites, and the words the shells use for tier 3.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bot.core import constants
from bot.core.article import Article, Sentence
from bot.core.search.windows import bounds, windows

# The parts around the story a source may be (Source.part): what the parser keeps off the story's text.
DATELINE = "dateline"
BYLINE = "byline"
DATE_LINE = "date line"
HEADLINE = "headline"
METADATA = "metadata"  # an article file's front matter or a web page's metadata ("author: Lina Marsh")


@dataclass(frozen=True, slots=True)
class Source:
    paragraph: int
    text: str
    # A closest passage running on into the next paragraph (a lead-in and what it leads in to, the
    # paragraphs apart by a blank line): the last one; None for one paragraph.
    last: int | None = None
    # The part of the article around the story the text is ("dateline": the one taken off `paragraph`;
    # "byline", "date line": by-line matter in `paragraph`; "headline", "metadata": above paragraph 1,
    # `paragraph` 1 then; the metadata's text "author: Lina Marsh"); None for
    # the story's own text.
    part: str | None = None

    @property
    def paragraphs(self) -> tuple[int, ...]:
        return tuple(range(self.paragraph, (self.last or self.paragraph) + 1))

    @property
    def in_paragraph(self) -> bool:
        """False for the headline and the metadata, which no paragraph holds (none to open)."""
        return self.part not in (HEADLINE, METADATA)

    @property
    def cited(self) -> str:
        """How a reply names it: "¶4", "dateline, ¶1", "byline, ¶1", "headline", "metadata"."""
        if not self.in_paragraph:
            return self.part or ""
        return f"{self.part}, ¶{self.paragraph}" if self.part else f"¶{self.paragraph}"

    def to_dict(self) -> dict:
        """{"paragraph", "text"}, and "part" only for a source outside the story's text."""
        data: dict = {"paragraph": self.paragraph, "text": self.text}
        if self.part:
            data["part"] = self.part
        return data


@dataclass(frozen=True, slots=True)
class Answer:
    """An answer in one of three tiers: the sentence that says it (`answer`), the closest passage
    when unsure (`passage`), or nothing, naming what the article never mentions (`missing`)."""

    question: str
    answer: str | None
    sources: tuple[Source, ...]
    confidence: float = 0.0  # the model's probability that `answer` (or the passage) answers
    kind: str = "sentence"  # "sentence", "person", "quote", "gist", "passage" or "declined"
    passage: Source | None = None
    missing: tuple[str, ...] = ()
    also: tuple[Source, ...] = ()  # tier 2: the next-closest sentences, from other paragraphs
    # Tier 3 asked of several articles (a question naming none): how many never mention `missing`.
    missing_from: int = 1

    @property
    def tier(self) -> int:
        """1: answered; 2: the closest passage; 3: not in the article."""
        if self.answer is not None:
            return 1
        return 2 if self.passage is not None else 3

    @property
    def level(self) -> str:
        return {1: "high", 2: "medium", 3: "none"}[self.tier]

    def to_dict(self) -> dict:
        passage = self.passage
        return {
            "question": self.question,
            "answer": self.answer,
            "confidence": self.level,
            "passage": {"paragraph": passage.paragraph, "text": passage.text} if passage else None,
            "missing": list(self.missing),
            "sources": [s.to_dict() for s in self.sources],
            "also": [{"paragraph": s.paragraph, "text": s.text} for s in self.also],
        }


NOT_DIRECT = "The article doesn't answer this directly."
_DESCRIBED = re.compile(r"(?:a|an) ")


def not_mentioned(answer: Answer) -> str:
    """Tier 3 in words: "The article doesn't mention Merkel." (or a plain "doesn't say")."""
    # A word typed in lower case reads as a term, not a name: "doesn't mention “died”"; a description
    # of what is missing reads as it is: "doesn't mention a publication date".
    names = [name if not name.islower() or _DESCRIBED.match(name) else f"“{name}”" for name in answer.missing]
    if not names:
        return "The article doesn't say."
    listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]
    if answer.missing_from > 1:  # asked of every loaded article: "the article" would mean one of them
        return f"None of the {answer.missing_from} loaded articles mentions {listed}."
    return f"The article doesn't mention {listed}."


def cite(
    article: Article,
    number: int,
    spans: list[tuple[int, int]],
    fallback: str,
    limit: int = constants.ASK_MAX_ANSWER_CHARS,
) -> Source:
    """Paragraph `number`, or (when long) the sentences at `spans` and what fits around them.

    When those sentences alone are too long, the source is `fallback` (the answer as shown).
    """
    paragraph = article.paragraph(number)
    text = paragraph.text
    if len(text) <= constants.SEARCH_LONG_PARAGRAPH_CHARS or not spans:
        return Source(number, text)
    sentences = [(s.start, s.end) for s in paragraph.sentences]
    found = windows(len(text), sentences, [(a, b, 0) for a, b in spans], limit, 1)
    if (
        not found
        or found[0].end - found[0].start > limit
        or not (found[0].start <= spans[0][0] and spans[-1][1] <= found[0].end)
    ):
        return Source(number, fallback[:limit])
    start, end = bounds(text, found[0].start, found[0].end)
    return Source(number, text[start:end])


def sentence_reply(article: Article, question: str, sentence: Sentence, part: str | None = None) -> Answer:
    """One sentence of the article as the answer, its paragraph the source (labelled "byline" for
    by-line matter, or `part`)."""
    cited = cite(article, sentence.paragraph, [(sentence.start, sentence.end)], sentence.text)
    part = part or (BYLINE if sentence.is_byline else None)
    return Answer(question, sentence.text, (replace(cited, part=part),), 1.0, "sentence")
