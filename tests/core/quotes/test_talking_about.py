""" "Talked about" tells of speech ("the former mayor talked about continuing the “…”"), also carried
on by an aspect verb ("as he keeps talking about the “…”", "began talking about what will happen
“…”"): the subject speaks the quoted words, not another person the paragraph names."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_talked_about_gives_the_quoted_words_to_the_subject():
    text = (
        "Former mayor Ann Holt and Tom Reyes spoke at the same hall on Monday.\n\n"
        "It was a stark contrast to Reyes. Reprising one of her own favourite lines, the former mayor "
        "talked about continuing the “progress we made together under Mayor Lusk.”\n"
    )
    assert speakers_of(text) == ["Ann Holt"]


def test_keeps_talking_about_gives_the_quoted_words_to_the_subject():
    text = (
        "Ann Holt spoke first. Tom Reyes spoke after her.\n\n"
        "Reyes is winning nods from Holt’s voters as he keeps talking about the “quiet power of "
        "neighbours” and the town’s need for a new pier.\n"
    )
    assert speakers_of(text) == ["Tom Reyes"]


def test_began_talking_about_gives_the_quoted_words_to_the_subject():
    text = (
        "Ann Holt leads the race. Tom Reyes trails her by ten points.\n\n"
        "Reyes insisted on Friday that he is still in the race against Holt. But he let 20 aides go "
        "and began talking about what comes next “if the county votes against us.”\n"
    )
    assert speakers_of(text) == ["Tom Reyes"]
