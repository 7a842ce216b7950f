"""What a reader is shown for each quotation: a quotation broken by its attribution (“A,” she said.
“B.”) is one passage, its pieces' sentences together, though each piece stays a quote of its own.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.core import constants
from bot.core.language.text import counted
from bot.core.quotes.people import Quote


def passages(quotes: Sequence[Quote]) -> list[tuple[Quote, ...]]:
    """The quotes in order, each piece that resumes the one before it (same paragraph) joined to it,
    and quotes of one sentence one of which is partial ("... was “painful” and would reopen “within two
    summers”") joined, so that sentence is shown once."""
    groups: list[tuple[Quote, ...]] = []
    for quote in quotes:
        last = groups[-1][-1] if groups else None
        if (
            last is not None
            and last.paragraph == quote.paragraph
            and (quote.resumes or _one_sentence(last, quote))
        ):
            groups[-1] = (*groups[-1], quote)
        else:
            groups.append((quote,))
    return groups


def _one_sentence(before: Quote, quote: Quote) -> bool:
    """Two quotations of one sentence, one of them partial: '“A,” an official said, adding that they
    had come to “mutual agreement.”' is that sentence once, not twice (a whole quotation resumed after
    its attribution is a `resumes` piece)."""
    return before.sentence == quote.sentence and (before.partial or quote.partial)


def quotes_heading(quotes: Sequence[Quote]) -> str:
    """ "5 quotes", or "5 quotes in 3 passages" when broken quotations are shown whole (or partial
    quotes of one sentence together), so the count a reader sees matches the blocks that follow."""
    heading = counted(len(quotes), "quote")
    shown = len(passages(quotes))
    return heading if shown == len(quotes) else f"{heading} in {counted(shown, 'passage')}"


def passage_text(group: Sequence[Quote]) -> str:
    """The sentences holding a broken quotation's pieces, each once, in order: its words with the
    attribution between them as the article writes it."""
    shown = ""
    for sentence in dict.fromkeys(quote.sentence for quote in group):
        shown = _joined(shown, sentence) if shown else sentence
    return shown


def _joined(before: str, after: str) -> str:
    """`before` then `after`, once where they overlap: a piece's sentences may run on over the next
    piece's ("“A,” she said, “B. C.”" holds both pieces' sentence starts)."""
    if after in before:
        return before
    # The earliest place from which the rest of `before`, a sentence or more, opens `after` (a few
    # hundred characters to try).
    last = len(before) - constants.QUOTE_PIECES_OVERLAP_CHARS
    at = next((i for i in range(max(last, 0)) if after.startswith(before[i:])), None)
    return f"{before} {after}" if at is None else before[:at] + after
