"""A slow pattern is skipped on a text without what all its matches hold (question._NEEDS): the skip
must never hide a match, or a reply would change."""

import re

from bot.core.ask import question

TEXTS = (
    "Mara Quill, 45, said on Monday the ferry would run again in 2019.",
    "The 28-year-old pilot and a six-month-old foal were aboard the SIX MONTH OLD boat.",
    "No one saw it; at one time this one was one of the few.",
    "The council announced Tuesday morning that it paid $4.5 million for the 3rd bridge.",
    "The harbour has been open since the early 1990s, and since 2004 by night.",
    "Its 17 year old driver won 30 pounds between 1998-2001.",
    "Highway 20 was closed during the 1980s.",
    "The 6-4 forward stands taller than his brother, who is half a foot shorter.",
    "This month, the harbour board awarded a contract; two days ago it was due to close.",
    "They met last week, two months later, and will meet again by early spring or tonight.",
)


def test_every_match_holds_what_its_pattern_needs():
    matched = set()
    for pattern, needs in question._NEEDS.items():
        for text in TEXTS:
            if pattern.search(text):
                matched.add(pattern)
                assert needs(text), (pattern.pattern[:40], text)
    assert matched == set(question._NEEDS)


def test_a_text_without_what_a_pattern_needs_is_left_as_it_is():
    text = "The ferry was closed for the winter."
    assert question._blanked(question._AN_AGE, text) == text
    assert not question._holds(question._SINCE_WHEN, text)


def _without_lookahead(pattern):
    """`pattern` as it was before its lookahead of initials: the alternation alone."""
    body = pattern.pattern.split("])", 1)[1]
    return re.compile(body[3:-1], pattern.flags)


LISTED = (
    "At 6:30 p.m. on Monday, twenty-one boats and a dozen SEVEN-seat ferries left; one in 1990s "
    "weeks, the 3rd of May, noon, ſix ſeconds and the \u212aelvin first2 1st ONE_one decades ago, "
    "ſince ſunday, half an hour, 20 percent, ſeven miles, a ſix-year-old, 17 year old, SEVEN-MONTH-OLD."
)

WORD_LIST_PATTERNS = (
    question._TIME,
    question._NUMBER,
    question._MEASUREMENT,
    question._SIZE_MEASUREMENT,
    question._SHARE_OR_SPAN,
    question._TIME_SPAN,
    question._AN_AGE,
)


def test_a_word_list_pattern_finds_what_it_found_before_its_initials_lookahead():
    for pattern in WORD_LIST_PATTERNS:
        assert pattern.pattern.startswith("(?=[")
        old = _without_lookahead(pattern)
        assert [m.span() for m in pattern.finditer(LISTED)] == [m.span() for m in old.finditer(LISTED)]
        assert len(list(old.finditer(LISTED))) > 2


def test_the_sentence_caches_keep_each_pattern_apart():
    """The caches key a pattern by its identity (hashing one reads its whole program): patterns read on
    one text each keep their own answer."""
    text = "The ferry ran for 40 years, the council said on Monday."
    assert question._holds(question._RELATIVE_TIME, text) is False
    assert question._holds(question._SINCE_WHEN, text) is False
    assert question._holds(question._MEASUREMENT, text) is True
    assert question._blanked(question._REPORTED_ON, text) != question._blanked(question._AGED, text)


def test_a_time_word_written_with_an_odd_fold_is_still_found():
    """IGNORECASE reads a long s as "s" and the Kelvin sign as "k"; lower() keeps the long s: the need
    must not skip such a text."""
    assert question._holds(question._RELATIVE_TIME, "The ferry opens in the \u017fpring.")
    assert question._holds(question._RELATIVE_TIME, "It was quiet la\u017ft wee\u212a.")
    assert question._holds(question._RELATIVE_TIME, "Pilots came back ye\u017fterday.")
    assert not question._holds(question._RELATIVE_TIME, "The ferry opens in the harbour.")


def test_every_branch_of_the_uncounted_figures_blanks_what_it_did_before_its_word_tree():
    """_AGE_BY_NAME reads its word-start boundary once and its prepositions and months as a tree: each
    branch still blanks the same figures (an age, a dated year, a decade, a pronoun "one", a name's
    number)."""
    text = (
        "Mara Quill, 45, a 28-year-old, said in March 2019 and \u017fince 2004 of the 1998 Act; the 1990s, a "
        "one-time rival, at one point no one, one of them, one another. Flight 370 took off from Gate 12 in "
        "Sept 2001."
    )
    assert question._AGE_BY_NAME.sub("_", text) == (
        "Mara _ a _, said in _ and _ of _ Act; the _, a _ rival, _ _, _ them, _. _ took off from _ in _."
    )
