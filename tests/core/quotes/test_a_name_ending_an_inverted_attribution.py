"""A name that ends the sentence after a role and a comma, right after a verb of saying ("“…,” said
his spokesman, Reza Kouri."), is the speaker, whatever his given name, as it is when a comma or
more words follow it; a name ending a sentence after a role elsewhere ("insulted his father, Rafael
Vance.") is not given that role, whose owner is unclear."""

from __future__ import annotations

import pytest

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question
from tests.core.quotes.speakers import speakers_of

OPENING = "Governor Ned Calloway visited the mill on Monday.\n\n"


@pytest.mark.parametrize("role", ["his spokesman", "his press secretary", "the governor's spokesman"])
def test_a_name_ending_the_sentence_after_said_and_a_role_is_the_speaker(role):
    text = OPENING + f"“This is a book in search of a headline,” said {role}, Reza Kouri.\n"
    assert speakers_of(text) == ["Reza Kouri"]


def test_a_quotation_after_the_named_speaker_is_his_too():
    text = OPENING + "“It is nonsense,” said his spokesman, Zbigniew Kouri. “Nobody will read it.”\n"
    assert speakers_of(text) == ["Zbigniew Kouri", "Zbigniew Kouri"]


def test_a_name_ending_a_sentence_after_a_role_and_no_verb_of_saying_gets_no_owner():
    text = (
        "Rivals make peace\n\n"
        "Senator Ted Vance endorsed Dan Harlow on Friday, months after Harlow mocked his wife and "
        "insulted his father, Rafael Vance.\n"
    )
    reply = answer_question(parse_article(text), "who is rafael vance")
    assert reply.answer is not None and "Harlow's father" not in reply.answer
