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


SPEECH = (
    "Dorian Velsky wants to be the next mayor of Port Hallam. Last week Velsky gave a speech on the "
    "town's future at the Merrow Hall.\n\n"
)


def test_highlights_naming_no_one_are_the_words_of_the_one_the_paragraph_before_names_most():
    text = SPEECH + "Here are some highlights:\n\n" + WORDS
    assert speakers_of(text) == ["Dorian Velsky"]


def test_highlights_after_a_sentence_in_their_own_paragraph_look_at_that_sentence():
    text = "Dorian Velsky, a councillor, spoke last week. Here are some highlights:\n\n" + WORDS
    assert speakers_of(text) == ["Dorian Velsky"]


def test_highlights_pass_a_paragraph_naming_no_one():
    text = SPEECH + "Advertisement:\n\nHere are some highlights:\n\n" + WORDS
    assert speakers_of(text) == ["Dorian Velsky"]


def test_highlights_after_two_people_named_as_often_are_no_ones():
    text = "Dorian Velsky debated Ann Holt last week.\n\nHere are some highlights:\n\n" + WORDS
    assert speakers_of(text) == [None]


def test_heres_more_goes_on_with_the_speaker_of_the_paragraph_before():
    text = (
        "The Harbor Ledger, the biggest paper in the valley, is worth reading this morning.\n\n"
        "Under the headline “Bad fix for the harbor,” the paper's editorialists characterized the "
        "mayor's move as “politically inevitable,” but risky.\n\n"
        "Here's more: “Tenants in the old blocks tend to pay on time because landlords screen them.”\n"
    )
    assert speakers_of(text) == ["the paper's editorialists", "the paper's editorialists"]


def test_heres_more_after_a_paragraph_with_no_quotation_is_not_carried_from_further_back():
    text = (
        "“We will fix the roads,” said Mayor Ann Holt.\n\n"
        "The council met on Tuesday.\n\n"
        "Here's more: “Tenants in the old blocks tend to pay on time because landlords screen them.”\n"
    )
    assert speakers_of(text)[-1] != "Ann Holt"
