"""What every quotation rule reads: a quotation found (`Raw`) with its sentences, and one paragraph's
tokens, mentions and quotation ranges (`Context`); the sentence holding a quotation.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from operator import attrgetter, itemgetter

from bot.core.article import Paragraph
from bot.core.language.tokens import Token
from bot.core.quotes import attribution as attr
from bot.core.quotes import marks as qm
from bot.core.quotes.people import Mention


@dataclass(slots=True)
class Raw:
    paragraph: Paragraph
    span: qm.QuoteSpan
    first: int  # index of the sentence holding the opening mark
    last: int  # index of the sentence holding the closing mark
    continued: bool = False
    speaker: int | None = None
    own: bool = False  # attributed by its own sentence, not inherited
    source: tuple[str, str] | None = None  # (label, kind) of a speaker that is no registered person
    unclear: bool = False  # a rule found the speaker is no one the article makes clear: no guess after


@dataclass(frozen=True, slots=True)
class Context:
    """What attribution reads in one paragraph: its tokens, mentions by offset, and quotation ranges."""

    tokens: list[Token]
    mentions: dict[int, Mention]
    ranges: list[tuple[int, int]]
    lead_in: list[attr.Item] | None = None  # the last sentence of the paragraph just before
    before: tuple[Paragraph, Context] | None = None  # the body paragraph just before, if any
    earlier: tuple[tuple[Paragraph, Context], ...] = ()  # a few body paragraphs before that, nearest first

    def items(self, start: int, end: int) -> list[attr.Item]:
        return attr.items_between(self.tokens, self.mentions, self.ranges, start, end)

    def quotation_starts_in(self, start: int, end: int) -> bool:
        """Whether a quotation of the paragraph starts in [start, end): a bisection of the ranges (in
        order), as a transcript pasted as one paragraph holds thousands of them."""
        at = bisect_left(self.ranges, start, key=itemgetter(0))
        return at < len(self.ranges) and self.ranges[at][0] < end


EARLIER_PARAGRAPHS = 2  # body paragraphs a context keeps before the one just before it

WORD = re.compile(r"[^\W\d_][\w’'-]*")


def sentence_index(paragraph: Paragraph, offset: int) -> int:
    """The first sentence ending after `offset` (sentences are in order: a bisection)."""
    index = bisect_right(paragraph.sentences, offset, key=_sentence_end)
    return min(index, max(0, len(paragraph.sentences) - 1))


_sentence_end = attrgetter("end")  # a bisection key in C


def sentence_bounds(raw: Raw) -> tuple[int, int]:
    sentences = raw.paragraph.sentences
    if not sentences:
        return 0, len(raw.paragraph.text)
    return sentences[raw.first].start, sentences[raw.last].end


def sentence_text(raw: Raw) -> str:
    start, end = sentence_bounds(raw)
    end = max(end, min(len(raw.paragraph.text), raw.span.end + 1))
    return raw.paragraph.text[start:end].strip()


def is_partial(raw: Raw) -> bool:
    start, _ = sentence_bounds(raw)
    return qm.is_partial(raw.paragraph.text, raw.span, start)


def title_like(raw: Raw) -> bool:
    """ "acted in the movie “Sharknado 3: Oh Hell No!”": capitalised words, a title, not speech."""
    words = WORD.findall(raw.paragraph.text[raw.span.start : raw.span.end])
    return len(words) >= 2 and sum(w[:1].isupper() for w in words) * 2 > len(words)


# Words that carry a speaker's talk on ("“…,” he said. But “…”", "He concluded, “…” Indeed, “…”").
CONNECTIVES = frozenset(
    (
        "but",
        "and",
        "yet",
        "still",
        "so",
        "also",
        "plus",
        "then",
        "instead",
        "indeed",
        "moreover",
        "furthermore",
    )
)


def in_first_person(raw: Raw) -> bool:
    """Whether the quotation speaks as I or we ("what people think about our party")."""
    words = WORD.findall(raw.paragraph.text[raw.span.start : raw.span.end])
    return any(word.casefold() in _FIRST_PERSON for word in words)


_FIRST_PERSON = frozenset("i me my we us our".split())
