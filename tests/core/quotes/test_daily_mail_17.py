"""Speakers found in British and Australian tabloid copy of the kind eval/quotes-dm holds (issue 11,
session 17): one line per story, single quote marks, captions run into the text.

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_police_rank_written_short_is_a_title_not_part_of_the_name():
    text = (
        "The cyclist was found by a dog walker. Det Insp Mark Hollis said officers had spoken to several "
        "drivers. 'We are keeping an open mind about what happened on that road,' Insp Hollis said.\n"
    )
    assert speakers_of(text) == ["Mark Hollis"]


def test_the_role_that_replies_is_not_the_counsel_just_quoted_asking():
    text = (
        "Former superintendent Paul Reeve said he had been promoted two weeks before the game. "
        "Helen Marsh QC asked him: 'Did it not occur to you that the job called for experience?' "
        "The witness replied: 'In hindsight, it was a serious mistake.'\n"
    )
    assert speakers_of(text) == ["Helen Marsh", "Paul Reeve"]


def test_he_replied_is_not_the_man_just_quoted_asking():
    text = (
        "Former superintendent Paul Reeve said he had been promoted two weeks before the game. "
        "Counsel Tom Hale asked him: 'Did it not occur to you that the job called for experience?' "
        "He replied: 'In hindsight, it was a serious mistake.'\n"
    )
    assert speakers_of(text) == ["Tom Hale", "Paul Reeve"]


def test_the_words_he_goes_on_with_after_replying_to_no_quoted_question_are_still_his():
    text = (
        "Winger Tom Reeve says he cannot wait to play again.\n\n"
        '"I have got so much energy since my operation," said Reeve. Opinion has been divided on whether '
        'Reeve should return. But when Reeve was asked whether he was taking a risk he replied: "As much '
        'as someone crossing the road. "A lot of people live with one kidney. "I have talked this over '
        'with my family."\n'
    )
    assert speakers_of(text) == ["Tom Reeve"] * 4


def test_a_tribunal_is_a_source_like_a_court():
    text = (
        "The tribunal rejected her version of events on Tuesday. 'The charge of harassment is a very "
        "serious allegation which must be decided in that light,' the tribunal stated.\n"
    )
    assert speakers_of(text) == ["the tribunal"]
