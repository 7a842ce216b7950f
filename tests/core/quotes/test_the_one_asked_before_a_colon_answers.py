"""The person a clause says was asked a question before a colon ("Kessel was asked what the worst
case for the governor could be:") answers in the quotation after it, in the same paragraph or in a
paragraph of quoted words alone; one who asked ("Vick asked why ...") does not."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Mira Kessel, the governor's press secretary, spoke on Thursday.\n\n"
ANSWER = "“Well, he could trip on the way to the podium.”"


def test_the_one_asked_answers_after_the_colon():
    text = LEAD + f"Kessel was asked what the worst case for the governor could be: {ANSWER}\n"
    assert speakers_of(text) == ["Mira Kessel"]


def test_the_one_asked_answers_in_the_next_paragraph():
    text = LEAD + f"Kessel was asked what the worst case for the governor could be:\n\n{ANSWER}\n"
    assert speakers_of(text) == ["Mira Kessel"]


def test_the_one_who_asked_does_not_answer():
    text = LEAD + f"Kessel asked what the worst case for the governor could be.\n\n{ANSWER}\n"
    assert speakers_of(text) == [None]


def test_a_question_after_was_asked_and_a_colon_is_not_the_asked_persons():
    text = (
        "Tessa Varnholt spent years insisting she had no interest in the mayor's office.\n\n"
        "In March, during a forum in Oakton, Varnholt was asked for the first time: “Does Tessa Varnholt "
        "want to be mayor?”\n\n"
        "“No, she doesn't,” Varnholt shot back.\n"
    )
    assert speakers_of(text) == [None, "Tessa Varnholt"]


def test_a_he_asked_before_a_colon_answers_as_whom_he_means():
    text = (
        "Senator Tomas Olvend of Bellhaven defended the new port inspection rules on Thursday.\n\n"
        "He was asked whether he was sure: “Yes, I am sure that the checks are working.”\n"
    )
    assert speakers_of(text) == ["Tomas Olvend"]
