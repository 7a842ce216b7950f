"""A sentence presenting someone's words before its colon ("Here are a few choice excerpts from “Of
Rivers and Roads” that shed light on Quill's (and Dunn's) judicial philosophy:") gives the paragraph of
quoted words after it to the one person it names outside parentheses."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

BEFORE = "Judge Marta Quill gave the spring lecture at Norland Law School last year.\n\n"
WORDS = "“Judges should apply the law as it is written, not as they might wish it to be.”\n"


def test_excerpts_presented_before_a_colon_are_the_named_persons():
    text = BEFORE + "Here are a few excerpts that shed light on Quill's judicial philosophy:\n\n" + WORDS
    assert speakers_of(text) == ["Marta Quill"]


def test_excerpts_from_a_quoted_title_with_a_name_in_parentheses_are_the_named_persons():
    text = BEFORE + (
        "Here are a few choice excerpts from “Of Rivers and Roads” that shed light on Quill's (and "
        "Dunn's) judicial philosophy:\n\n"
    )
    assert speakers_of(text + WORDS)[-1] == "Marta Quill"
