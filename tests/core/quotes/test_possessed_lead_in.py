"""A sentence opening with someone's noun of speech and a colon introduces their words (session 24):
"His verdict: “…”", "Her final answer was short: “…”".

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_his_verdict_and_a_colon_introduce_the_words_of_the_man_named_before():
    text = "Tom Reyes has fished the harbor for 30 years.\n\nHis verdict: “The pier is rotten.”\n"
    assert speakers_of(text) == ["Tom Reyes"]


def test_her_answer_was_short_and_a_colon_introduce_her_words():
    text = "Ada Holt runs the ferry office.\n\nHer final answer was short: “The pier is rotten.”\n"
    assert speakers_of(text) == ["Ada Holt"]


def test_a_possessed_noun_of_speech_naming_another_person_gives_no_speaker():
    text = (
        "Tom Reyes has fished the harbor for 30 years.\n\nHis answer to Ada Holt was short: “It is rotten.”\n"
    )
    assert speakers_of(text) == [None]


def test_a_possessed_noun_that_is_no_speech_gives_no_speaker():
    text = (
        "Ada Holt runs the ferry office.\n\nHer plan: “Fix the pier by May.” Her boat’s name: “Lucky Star.”\n"
    )
    assert speakers_of(text) == [None, None]


def test_her_refrain_on_the_trail_introduces_her_words():
    text = (
        "Governor Maren Solberg has praised the mayor at every stop.\n\n"
        "Her refrain in Arden, Brook and Calloway: “I don't think he gets the credit he deserves.”\n"
    )
    assert speakers_of(text) == ["Maren Solberg"]


def test_his_mantra_introduces_his_words():
    text = "Tom Reyes has fished the harbor for 30 years.\n\nHis mantra: “Fix the pier first.”\n"
    assert speakers_of(text) == ["Tom Reyes"]


def test_his_only_comeback_was_and_a_comma_introduce_his_words():
    text = (
        "Tom Reyes debated Ada Holt on Monday.\n\nReyes's only comeback was, “No deal. You are the deal!”\n"
    )
    assert speakers_of(text) == ["Tom Reyes"]


def test_a_quotation_completing_was_without_a_comma_is_a_predicate_not_a_lead_in():
    text = (
        "Tom Reyes debated Ada Holt on Monday.\n\n"
        "Reyes's reaction to the ruling was “understandably negative,” Holt said.\n"
    )
    assert speakers_of(text) == ["Ada Holt"]


def test_a_noun_of_speech_owned_after_by_and_a_colon_introduces_the_owners_words():
    text = "The mood was best captured by pollster Ada Holt's opening question: “How did we get here?”\n"
    assert speakers_of(text) == ["Ada Holt"]


def test_a_noun_of_speech_owned_after_another_preposition_is_what_is_answered():
    text = (
        "Tom Reyes called the plan corrupt.\n\n"
        "Ada Holt responded to Reyes's comments: “He is looking to get into the news.”\n"
    )
    assert speakers_of(text) == ["Ada Holt"]
