"""A slow pattern is skipped on a text without what all its matches hold (question._NEEDS): the skip
must never hide a match, or a reply would change."""

from bot.core.ask import question

TEXTS = (
    "Mara Quill, 45, said on Monday the ferry would run again in 2019.",
    "The 28-year-old pilot and a six-month-old foal were aboard the SIX MONTH OLD boat.",
    "No one saw it; at one time this one was one of the few.",
    "The council announced Tuesday morning that it paid $4.5 million for the 3rd bridge.",
    "The harbour has been open since the early 1990s, and since 2004 by night.",
    "Its 17 year old driver won 30 pounds between 1998-2001.",
    "Highway 20 was closed during the 1980s.",
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
