"""A stance voiced with "was adamant that", "was emphatic that" or "was insistent that", its "that" past
a short phrase of where it was said ("Mr. Whitcombe was adamant in his interview on Friday that
“…”"), is the subject's words, as "is concerned that" is."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Tax returns\n\nGerald P. Whitcombe has refused to publish his tax returns.\n\n"


def test_adamant_past_a_phrase_then_that_is_the_subjects():
    text = LEAD + (
        "But Mr. Whitcombe was adamant in his interview on Friday that “taxpayers will learn nothing” "
        "from the returns.\n"
    )
    assert speakers_of(text) == ["Gerald P. Whitcombe"]


def test_emphatic_that_is_the_subjects():
    text = LEAD + "Mr. Whitcombe was emphatic that the returns “would tell nobody anything new at all.”\n"
    assert speakers_of(text) == ["Gerald P. Whitcombe"]
