"""A connective ("Plus"), an adverb of time ("Back in May") or an imperative ("See Holt's ...")
capitalised by the sentence's start is no part of the name after it and names no one."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TITLE = "Roads\n\nGovernor Corwin called on Wednesday for a new road safety law.\n\n"


def test_plus_is_no_given_name():
    text = TITLE + (
        "“If one bridge can be saved, we have a duty to try,” Corwin said.\n\n"
        "Plus Corwin is nominating Sam Ritter to lead the transport agency.\n"
    )
    assert speakers_of(text) == ["Corwin"]


def test_a_captions_see_is_no_given_name():
    text = TITLE + (
        "PHOTOS: See Corwin's biggest city hall fails\n\n"
        "Ms. Corwin pledged to use “all the powers of this office” to pass the law.\n"
    )
    assert speakers_of(text) == ["Corwin"]


def test_back_opening_a_sentence_is_no_source():
    text = TITLE + (
        "Back in September, when the union joined the case, it said it saw the case as the beginning"
        " “of our fight for fair water rates.”\n"
    )
    assert "Back" not in speakers_of(text)
