"""An answer taken from inside a quotation ("The pipes are 80 years old. They will ..."): its
quotation marks closed, and the speaker the quote engine gives that quotation named before it.
"""

from __future__ import annotations

import re

from bot.core import constants
from bot.core.article import Article
from bot.core.quotes import engine as quotes

_OPENING = "“"
_CLOSING = "”"
_STRAIGHT = '"'
_ALL_MARKS = _OPENING + _CLOSING + _STRAIGHT
QUOTE_MARKS = re.compile(f"[{_ALL_MARKS}]")
# "6'3\"" or "a 12\" pipe": a straight mark after a digit measures inches.
_INCHES = re.compile(r"\d['’]?\d*\"")


def as_quotation(article: Article, paragraph: int, text: str) -> str:
    """`text` as it reads on its own: a sentence that opens a quotation without closing it (or
    closes one it did not open) gets the missing mark; text that is all quotation gets "X said:"
    before it when the quote engine knows who spoke it. Any other text is returned as it is."""
    before, after = _missing_marks(text)
    closed = before + text + after
    whole = closed.strip()
    inner = whole[1:-1]
    if (
        len(whole) < 2
        or whole[0] not in _ALL_MARKS
        or whole[-1] not in _ALL_MARKS
        or QUOTE_MARKS.search(inner)
    ):
        return closed  # the attribution is in the sentence already ("They will wait,” he said.")
    speaker = _speaker_of(article, paragraph, inner.strip())
    # "a council spokesman" opens the answer: its first letter is a sentence's ("A council spokesman said:").
    said = f"{speaker[:1].upper()}{speaker[1:]} said: {closed}" if speaker else ""
    return said if speaker and len(said) <= constants.ASK_MAX_ANSWER_CHARS else closed


def _missing_marks(text: str) -> tuple[str, str]:
    """The marks `text` lacks before and after it ("", "" when its marks pair up).

    Marks pair up whatever their style ("Oz has ...,” said Gorski): an odd count means one is lone.
    An opening mark lacks its closing one at the end; a closing mark its opening one at the start.
    """
    marks = [m for m in QUOTE_MARKS.finditer(text) if not _INCHES.match(text, max(m.start() - 1, 0))]
    if len(marks) % 2 == 0:
        return "", ""
    first = marks[0]
    if _opens(text, first.start()):
        return "", _CLOSING if first.group() == _OPENING else first.group()
    return _OPENING if first.group() == _CLOSING else first.group(), ""


def _opens(text: str, at: int) -> bool:
    """True when the mark at `at` opens a quotation: a curly opening mark, or a straight one with
    nothing but space before it ("He said: "We will ..."; it closes after punctuation: "...," he)."""
    mark = text[at]
    if mark != _STRAIGHT:
        return mark == _OPENING
    return at == 0 or text[at - 1].isspace() or text[at - 1] in "(["


def _speaker_of(article: Article, paragraph: int, sentence: str) -> str | None:
    """The speaker of the paragraph's quotation that holds `sentence`, if the engine names one."""
    for quote in quotes.extract_quotes(article):
        if quote.paragraph == paragraph and sentence in quote.text:
            return quote.speaker
    return None
