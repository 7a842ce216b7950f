"""An answer that itself asks, after "was asked" ("when he was asked similar questions and said:
“Victor Lund supports me? Fine. I reject it, all right?”") is the answerer's; a question put with no
answering verb ("he was asked: “Does ...?”") stays the unnamed asker's."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "Endorsement row\n\nState Sen. Gordon Pellham spent Tuesday containing the fallout of an interview.\n\n"
)


def test_asked_and_said_before_a_colon_is_the_answerer():
    text = LEAD + (
        "He had shown he knew of Lund at a town hall, when he was asked similar questions and said: "
        "“Victor Lund supports me? Fine. I reject it, all right?”\n"
    )
    assert speakers_of(text) == ["Gordon Pellham"]


def test_said_after_an_asked_clause_is_the_answerer():
    text = LEAD + (
        "At a town hall, when he was asked similar questions, he said: “Victor Lund supports me? "
        "Fine. I reject it, all right?”\n"
    )
    assert speakers_of(text) == ["Gordon Pellham"]


def test_a_question_put_with_no_answer_is_no_ones():
    text = LEAD + "At a town hall, he was asked: “Does Victor Lund still support your campaign?”\n"
    assert speakers_of(text) == [None]
