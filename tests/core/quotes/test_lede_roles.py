"""A story opening on someone described, then naming them ("A British grandmother has won the lottery
twice. Ada Holt, 67, ..."), gives that person the described role (session 24).
"""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_the_described_role_of_the_lede_is_the_person_the_next_sentence_names():
    text = (
        "A British grandmother has won the lottery twice. Ada Holt, 67, bought both tickets at the corner"
        " shop in Leeds.\n\n“I still can't believe it,” the grandmother said.\n"
    )
    assert speakers_of(text) == ["Ada Holt"]


def test_a_described_father_of_three_is_the_man_named_next():
    text = (
        "A father of three has been jailed for stealing a bus. Sam Ortiz, 41, drove it to the coast.\n\n"
        "“I wanted to see the sea,” the father said in court.\n"
    )
    assert speakers_of(text) == ["Sam Ortiz"]


def test_a_lede_about_a_thing_gives_the_person_named_next_no_role():
    text = (
        "A fire has destroyed a warehouse in Leeds. Sam Ortiz, 41, saw the flames.\n\n"
        "“It was terrifying,” the fire said.\n"
    )
    assert speakers_of(text) == [None]
