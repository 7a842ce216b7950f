"""`“Why should we back down?” North Carolina Sen. Ada Brill said.`: a quotation ending in ? or ! is its
own sentence, and the short one after it is its attribution also when a place of one or more words and
an abbreviated title (with its full stop) stand before the speaker's name, or the name of the body
they head (`“…?” Harbor Trade League Victor Osei asked`)."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of

_OPENING = "The vote was close.\n\n"


@pytest.mark.parametrize(
    "attribution",
    [
        "“Why should we back down?” North Carolina Sen. Ada Brill said.",
        "“Why should we back down?” New Mexico Rep. Ada Brill told reporters on Wednesday.",
        "“We will not back down!” Rhode Island Gov. Ada Brill said.",
        "“Why should we back down?” South Carolina Rep. Ada Brill, the party's whip, told reporters.",
    ],
)
def test_the_speaker_after_a_place_and_a_title(attribution):
    assert speakers_of(_OPENING + attribution + "\n") == ["Ada Brill"]


def test_a_one_word_place_and_title_still_name_the_speaker():
    assert speakers_of(_OPENING + "“Why should we back down?” Ohio Sen. Ada Brill said.\n") == ["Ada Brill"]


def test_the_name_of_the_body_a_speaker_heads_before_the_name_after_a_question():
    text = "“You want to shut down the port?” Harbor Trade League Victor Osei asked in an interview.\n"
    assert speakers_of(_OPENING + text) == ["Victor Osei"]


def test_a_body_asking_a_named_person_after_a_question_is_no_name_before_a_verb():
    text = "“You want to shut down the port?” the Harbor Trade League asked Victor Osei.\n"
    assert speakers_of(_OPENING + text) == ["the Harbor Trade League"]
