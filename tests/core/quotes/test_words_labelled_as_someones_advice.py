"""`“Stay calm and keep knocking on doors” was the advice from Ed Danner`: a copula, a noun for words
said (advice, message, verdict ...) and "from" or "of" a named person give the quotation to that
person, as "was Danner's response" does; a noun for anything else does not."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of

OPENING = "Mayor Tom Brandt faces a recall vote on Tuesday.\n\n"


@pytest.mark.parametrize(
    "label",
    [
        "was the advice from Ed Danner",
        "was the blunt message from Ed Danner",
        "is the verdict of Ed Danner",
    ],
)
def test_words_labelled_as_someones_words_are_theirs(label):
    text = OPENING + f"“Stay calm and keep knocking on doors” {label}, who ran the first campaign.\n"
    assert speakers_of(text) == ["Ed Danner"]


def test_a_thing_from_someone_is_not_their_words():
    text = OPENING + "“Stay calm and keep knocking on doors” was the slogan on a poster from Ed Danner.\n"
    assert speakers_of(text) != ["Ed Danner"]


def test_the_advice_from_someones_aide_is_the_aides():
    text = OPENING + (
        "“Stay calm and keep knocking on doors” was the advice from Brandt's campaign chairman Ed Danner, "
        "who ran the first campaign.\n"
    )
    assert speakers_of(text) == ["Ed Danner"]


def test_words_that_are_the_way_a_titled_person_put_it_are_theirs():
    text = OPENING + (
        "“Our ability to compete depends largely on good design,” is the way Mayor Carl Benn put it "
        "in 1987 when he opened the main branch.\n"
    )
    assert speakers_of(text) == ["Carl Benn"]


def test_the_way_someone_walked_is_no_words_of_theirs():
    text = OPENING + "“Left, right, left,” was the way Ed Danner marched every morning.\n"
    assert speakers_of(text) != ["Ed Danner"]


def test_words_labelled_as_a_persons_response_are_theirs_not_the_speaker_before():
    text = OPENING + (
        "“Brandt was licking his lips at the idea of a crash,” Councilwoman Mira Ostrova said.\n\n"
        "“The professor is at it again,” was Brandt's response, in an email to the Courier. “She "
        "fooled the voters of the east ward.”\n"
    )
    assert speakers_of(text) == ["Mira Ostrova", "Tom Brandt", "Tom Brandt"]


def test_a_persons_thing_after_a_copula_is_not_their_words():
    text = OPENING + "“Stay calm and keep knocking on doors” was Ed Danner's slogan on a poster.\n"
    assert speakers_of(text) != ["Ed Danner"]
