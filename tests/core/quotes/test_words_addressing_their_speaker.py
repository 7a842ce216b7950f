"""Words that call their speaker by name ("Don't worry about your ticket, Judge Pemberton.") are
someone else's: the attribution to the one addressed is dropped. A name the words only mention
("my husband, Roger Ailes, passed away") is no call."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

BEFORE = "Judge Walter Pemberton was traveling by train to the capital.\n\n"


def test_words_calling_the_speaker_by_title_and_surname_are_not_his():
    text = BEFORE + (
        "Pemberton searched for his ticket until the conductor reassured him, “Don't worry about your "
        "ticket, Judge Pemberton. We all know who you are.”\n"
    )
    assert speakers_of(text) == [None]


def test_words_opening_with_the_speakers_given_name_are_not_his():
    text = BEFORE + "Pemberton recalled the day: “Walter, you will have to change trains at Harlow.”\n"
    assert speakers_of(text) == [None]


def test_words_calling_the_speaker_after_their_opening_word_are_not_his():
    text = (
        BEFORE
        + "When Pemberton says nobody likes her, how is she to answer? “No, Walter, I do have friends”?\n"
    )
    assert speakers_of(text) == [None]


def test_the_speakers_own_answer_stays_his():
    text = BEFORE + "Pemberton responded, “My dear man, the problem is not my ticket.”\n"
    assert speakers_of(text) == ["Walter Pemberton"]


def test_a_name_mentioned_between_commas_is_no_call():
    text = (
        "Elizabeth Ailes announced the news on Thursday.\n\n"
        "“I am heartbroken to report that my husband, Roger Ailes, passed away this morning,” "
        "Elizabeth Ailes said.\n"
    )
    assert speakers_of(text) == ["Elizabeth Ailes"]
