"""question._word_trie writes a list of words as a tree of their shared beginnings: it must match what the
plain alternation matches, with the same preference where two words could (a speed-up, no change)."""

import re

from bot.core.ask import question

TEXTS = (
    "Fourteen ferries, four of them new, ran forty trips; fourfold fares in the fourth week.",
    "Some two hundred thousands of them, THOUSAND more, a thousandth of it.",
    "Seventeen per cent said seven; the seventy percent who said sevens; seventh and severally.",
    "ſix ſixty ſeconds, the \u212anight's one-off, once twice thrice, a dozen dozens, halfway.",
    "The 45-year-old pilot and a forty-year-old farmer walked 12 miles in six hours.",
)


def _spans(pattern: str, flags: int = 0) -> list[list[tuple[int, int]]]:
    compiled = re.compile(pattern, flags)
    return [[m.span() for m in compiled.finditer(text)] for text in TEXTS]


def test_a_word_tree_matches_as_its_word_list():
    for words in (question._NUMBER_WORDS, "four|fourteen|forty|fourth", "seventy|seven|seventeen|seventh"):
        tree = question._word_trie(words)
        for flags in (0, re.IGNORECASE):
            assert _spans(tree, flags) == _spans(f"(?:{words})", flags), words
            assert _spans(rf"\b{tree}\b", flags) == _spans(rf"\b(?:{words})\b", flags), words


def test_a_word_ending_where_a_longer_one_goes_on_keeps_its_place():
    assert re.match(question._word_trie("four|fourteen"), "fourteen").group(0) == "four"
    assert re.match(question._word_trie("fourteen|four"), "fourteen").group(0) == "fourteen"


def test_the_number_patterns_use_the_tree():
    assert question._word_trie(question._NUMBER_WORDS) in question._NUMBER.pattern
    assert "|".join(question._NUMBER_WORDS.split("|")[:3]) not in question._NUMBER.pattern
