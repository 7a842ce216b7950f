"""A definite role of a place after its verb of saying ("said the former governor of Texas, who
...") refers back to the person in subject position before it, as "the former Texas governor" does;
a role of a body the article names no one for ("the president of Harbor Bank") is someone new."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of

OPENING = (
    "Rick Pryor is pressing his attack on Hillary Hale, accusing her of calling out Texas voters.\n\n"
    "Asked about the Democratic front-runner’s speech, Pryor said Hale was alienating voters.\n\n"
)


@pytest.mark.parametrize(
    "role",
    ["the former Republican governor of Texas", "the former mayor of New York City", "the governor of Ohio"],
)
def test_a_role_of_a_place_after_its_verb_refers_back(role):
    text = OPENING + f"“This is a state issue,” said {role}, who often invokes states’ rights.\n"
    assert speakers_of(text) == ["Rick Pryor"]


def test_a_role_of_a_body_after_its_verb_is_someone_new():
    text = OPENING + "“This is a state issue,” said the president of Harbor Bank.\n"
    assert speakers_of(text) == ["the president of Harbor Bank"]


def test_a_role_word_used_as_a_verb_after_to_gives_no_role_that_would_block_the_reference():
    text = (
        OPENING
        + "“This is a state issue,” said the former governor of Texas.\n\n"
        + "On Thursday, activist Sam Corey signed on to head Pryor’s Iowa operation.\n"
    )
    assert speakers_of(text) == ["Rick Pryor"]
