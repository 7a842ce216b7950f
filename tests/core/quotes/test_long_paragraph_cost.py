"""One very long paragraph costs in proportion to its length: every sentence, name and verb of
saying is found by bisection or an index, not by reading the whole paragraph again each time.

The work is counted as Python lines run (deterministic, unlike a clock on a shared machine):
eight times the text may cost about eight times the lines, never the square."""

from __future__ import annotations

import random
import sys
from collections.abc import Callable

from bot.core import api
from bot.core.article import parse_article

GROWTH = 8
# Linear work gives about 7-8 times the lines; reading the paragraph again per sentence gave 12-16.
MOST_LINES_RATIO = 10
PRONOUNS = "resolving/pronouns.py"  # the pronoun resolver's own lines


def lines_run(work: Callable[[], object], only: str = "") -> int:
    """Python lines run by `work`; with `only`, those of modules whose path ends so."""
    count = 0

    def tracer(frame, event, arg):
        nonlocal count
        if frame.f_code.co_filename.endswith(only):
            count += 1
        return tracer

    sys.settrace(tracer)
    try:
        work()
    finally:
        sys.settrace(None)
    return count


def names_paragraph(size: int) -> str:
    sentence = "Mr Tolland Barrow Quince said the ferry would sail. "
    return "Ferry plan\n\n" + (sentence * (size // len(sentence) + 1))[:size] + "\n"


def apostrophes_paragraph(size: int) -> str:
    """One sentence of words with stray apostrophes before, after and between them."""
    rng = random.Random(7)
    words = "the ferry would sail said Tolland and it was late".split()
    pieces, total = [], 0
    while total < size:
        word = rng.choice(words)
        piece = rng.choice(["'", "", "", word + "'", "'" + word]) + word
        pieces.append(piece)
        total += len(piece) + 1
    return "Ferry plan\n\n" + " ".join(pieces) + ".\n"


def closers_paragraph(size: int) -> str:
    """Closing double marks no opener precedes, with apostrophes between them."""
    unit = "The crew’s ferry isn’t late” "
    return "Ferry plan\n\n" + (unit * (size // len(unit) + 1))[:size] + "\n"


def pronoun_quotes_paragraph(size: int) -> str:
    """A transcript pasted as one paragraph: quotation after quotation that he or she said."""
    unit = "He said “the ferry is late.” She said “the crew is tired.” "
    return "Ferry plan\n\nMara Quill opened the hearing. " + (unit * (size // len(unit) + 1))[:size] + "\n"


def growth(make: Callable[[int], str], size: int = 10_000) -> float:
    small = lines_run(lambda: api.speakers(parse_article(make(size))))
    large = lines_run(lambda: api.speakers(parse_article(make(size * GROWTH))))
    return large / small


def test_a_paragraph_of_one_name_said_again_and_again_costs_in_proportion():
    assert growth(names_paragraph) < MOST_LINES_RATIO


def test_a_sentence_of_stray_apostrophes_costs_in_proportion():
    assert growth(apostrophes_paragraph) < MOST_LINES_RATIO


def test_a_paragraph_of_closing_marks_without_openers_costs_in_proportion():
    assert growth(closers_paragraph) < MOST_LINES_RATIO


def test_each_he_or_she_said_does_not_read_its_paragraph_again_for_a_role_speaking():
    def pronoun_lines(size: int) -> int:
        return lines_run(lambda: api.speakers(parse_article(pronoun_quotes_paragraph(size))), PRONOUNS)

    assert pronoun_lines(3_000 * GROWTH) / pronoun_lines(3_000) < MOST_LINES_RATIO
