"""Adverbs between a subject and its verb of saying are passed on the way to the subject: two joined
by "and" ("Ford politely and calmly asked"), or one after the "and" that joins a verb to the clause
before a quotation ("... declares Crane “…” and disparagingly calls his plan “…”")."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_two_adverbs_joined_by_and_before_the_verb_leave_its_subject_the_speaker():
    text = (
        "Lena Ford's interview with Mayor Owen Maddox was friendly.\n\n"
        "After Maddox’s first answer, which skipped the question, Ford politely and calmly asked for a "
        "clarification, “You don’t think the harbor plan was a mistake?”\n"
    )
    assert speakers_of(text) == ["Lena Ford"]


def test_a_verb_joined_after_a_quotation_past_an_adverb_keeps_the_sentences_speaker():
    text = (
        "Senator Ellis Crane unveiled his tax plan on Monday.\n\n"
        "The Valley Courier declares Crane “strong on roads, weak on taxes” and disparagingly calls his plan "
        "“a retreat from the old tax-cutting agenda that helped the party win.”\n"
    )
    assert speakers_of(text) == ["the Valley Courier", "the Valley Courier"]
