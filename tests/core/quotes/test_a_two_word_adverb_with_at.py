"""A two-word adverb opened by "at" ("at once", "at first") between a subject and its verb is
skipped as "also" is: the verb is still the subject's."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Council picks a deputy\n\nIn April, Mayor Ostrow named Tomas Wilde as her deputy.\n\n"


def test_at_once_between_a_body_and_its_verb_of_judging():
    text = (
        LEAD
        + 'The Fenwick Tenants Union at once panned the pairing as "the most careless pair in the county."\n'
    )
    assert speakers_of(text) == ["the Fenwick Tenants Union"]


def test_at_times_between_a_body_and_its_verb_of_judging():
    text = LEAD + 'The Harbor Porters Guild at times derided the mayor as "a friend of the landlords."\n'
    assert speakers_of(text) == ["the Harbor Porters Guild"]


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
