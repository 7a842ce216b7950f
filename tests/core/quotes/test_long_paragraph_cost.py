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
UNKNOWN_SUBJECTS = "resolving/unknown_subjects.py"
PRONOUN_CHAINS = "resolving/pronoun_chains.py"
QUOTE_MARKS = ("quotes/marks.py", "quotes/repeats.py")
# The rules reading a quotation's sentence and the sentences around it.
FALLBACK = "quotes/fallback.py"
ROLE_SUBJECTS = ("resolving/role_subjects.py", "resolving/antecedents.py")
SENTENCE_RULES = tuple(
    f"quoted/{name}.py" for name in ("own_sentence", "sentence_people", "inherited", "verb_subjects")
)


def lines_run(work: Callable[[], object], only: str | tuple[str, ...] = "") -> int:
    """Python lines run by `work`; with `only`, those of modules whose path ends so (or in one of)."""
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


def random_pieces(pieces: list[str], seed: int, size: int) -> str:
    """Pieces drawn at random (the same draw for a seed) until they hold at least `size` characters."""
    rng = random.Random(seed)
    chosen, total = [], 0
    while total < size:
        chosen.append(rng.choice(pieces))
        total += len(chosen[-1])
    return "".join(chosen)


def transcript_paragraph(size: int, opening: str = "Mara Quill opened the hearing. ") -> str:
    """A hearing's transcript pasted as one paragraph: quotations said by he, she and they, or only
    introduced by her or his."""
    pieces = [
        "He said “the ferry is late.” ",
        "She said “the crew is tired.” ",
        "They said “the dock is shut.” ",
        "Her “answer was no.” ",
        "His “reply was yes.” ",
    ]
    return "Ferry plan\n\n" + opening + random_pieces(pieces, 3, size) + "\n"


def unnamed_transcript_paragraph(size: int) -> str:
    """The same transcript with no one named before its pronouns."""
    return transcript_paragraph(size, "The hearing opened. ")


def table_paragraph(size: int) -> str:
    """A Markdown table of quotations saved as plain text: one paragraph, and no sentence ends in it
    (each row ends in a bar), so every he or she looks back over one sentence of all the rows."""
    rng = random.Random(5)
    syllables = "ba co di fu ga he ki lo mu na pe ri so tu va".split()
    rows, total = ["| Name | Role | Quote |", "|---|---|---|"], 0
    while total < size:
        first, last = ("".join(rng.choice(syllables) for _ in range(3)).title() for _ in range(2))
        rows.append(f"| {first} {last} | captain | “The ferry is late,” she said. |")
        total += len(rows[-1]) + 1
    return "Ferry plan\n\n" + "\n".join(rows) + "\n"


def stray_marks_paragraph(size: int) -> str:
    """Quotation marks of every kind, straight and curly, strewn among a name and a few words: a
    paragraph of thousands of fragments no rule attributes, each naming the same person around it."""
    pieces = [" said Quill ", " the ferry ", "“", "”", "‘", "’", '"', "'", ".", ","]
    return "Ferry plan\n\n" + random_pieces(pieces, 11, size) + "\n"


def unnamed_source_paragraph(size: int) -> str:
    """A paragraph where an unnamed source speaks, then he and she go on, again and again."""
    pieces = [
        "“The dock is shut,” said the woman, who declined to be named. ",
        "“We are tired,” she said. ",
        "The mayor disagreed. ",
        "“It is late,” he told reporters. ",
        "A spokesman said “no comment.” ",
    ]
    return "Ferry plan\n\nThe hearing opened. " + random_pieces(pieces, 4, size) + "\n"


def growth(make: Callable[[int], str], size: int = 10_000, only: str | tuple[str, ...] = "") -> float:
    small = lines_run(lambda: api.speakers(parse_article(make(size))), only)
    large = lines_run(lambda: api.speakers(parse_article(make(size * GROWTH))), only)
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


def test_a_transcript_paragraph_of_quotations_costs_in_proportion():
    assert growth(transcript_paragraph, 3_000) < MOST_LINES_RATIO


def test_each_he_or_she_said_does_not_read_its_paragraph_again_for_a_subject_never_named():
    assert growth(transcript_paragraph, 3_000, UNKNOWN_SUBJECTS) < MOST_LINES_RATIO


def test_each_he_or_she_said_does_not_read_its_paragraph_again_for_a_chain_of_pronouns():
    assert growth(unnamed_transcript_paragraph, 3_000, PRONOUN_CHAINS) < MOST_LINES_RATIO


def test_each_quotation_does_not_find_its_paragraphs_quotation_marks_again():
    assert growth(transcript_paragraph, 3_000, QUOTE_MARKS) < MOST_LINES_RATIO


def test_each_quotation_finds_the_quotations_of_the_sentences_around_it_by_bisection():
    assert growth(transcript_paragraph, 3_000, SENTENCE_RULES) < MOST_LINES_RATIO


def test_a_table_of_quotations_saved_as_text_costs_in_proportion():
    assert growth(table_paragraph, 3_000) < MOST_LINES_RATIO


def test_each_pronoun_of_a_long_sentence_finds_a_role_subject_before_it_by_bisection():
    assert growth(table_paragraph, 3_000, ROLE_SUBJECTS) < MOST_LINES_RATIO


def test_the_fallback_reads_each_naming_once_per_paragraph_not_once_per_quotation():
    # Each unattributed quotation weighed every naming of its paragraph (the square of the length:
    # 64x the lines for 8x the text; a 250 KB paragraph of stray marks took 7.6 s in the fallback);
    # before that it also compared each naming with every quotation's span (the cube: minutes). Now
    # each paragraph's namings are read once, per person, and each quotation bisects them.
    assert growth(stray_marks_paragraph, 8_000, FALLBACK) < MOST_LINES_RATIO


def test_each_pronoun_after_an_unnamed_source_reads_on_from_its_quotation_not_the_paragraphs_start():
    assert growth(unnamed_source_paragraph, 3_000, "resolving/role_subjects.py") < MOST_LINES_RATIO
