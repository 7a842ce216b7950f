"""Answers to free-form questions: the sentence that answers it, or an honest "not said".

Baseline engine: the body sentence sharing the most content words with the question.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.article import Article
from bot.core.text import fold, words

_STOP = frozenset(
    "a an the of to in on at for and or is are was were who what when where why how did do does".split()
)


@dataclass(frozen=True, slots=True)
class Source:
    paragraph: int
    text: str


@dataclass(frozen=True, slots=True)
class Answer:
    question: str
    answer: str | None
    sources: tuple[Source, ...]
    confidence: float = 0.0

    def to_dict(self) -> dict:
        return {
            "question": self.question,
            "answer": self.answer,
            "sources": [{"paragraph": s.paragraph, "text": s.text} for s in self.sources],
        }


def answer_question(article: Article, question: str) -> Answer:
    wanted = {fold(w) for w in words(question)} - _STOP
    best, best_overlap = None, 0
    for sentence in article.body_sentences:
        overlap = len(wanted & {fold(w) for w in words(sentence.text)})
        if overlap > best_overlap:
            best, best_overlap = sentence, overlap
    if best is None or best_overlap < 2:
        return Answer(question, None, ())
    paragraph = article.paragraph(best.paragraph)
    return Answer(
        question, best.text, (Source(paragraph.number, paragraph.text),), best_overlap / len(wanted)
    )
