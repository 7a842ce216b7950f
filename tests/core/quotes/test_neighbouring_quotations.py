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


def test_a_statement_right_before_another_quotation_is_the_speaker_the_last_one_names():
    text = (
        "A woman died after being struck by a car in Brisbane. Inspector Rob Harlow said her mother "
        "learned of the death from the news. Ms Jones had decided to walk home. 'Not only for your own "
        "peace of mind but for the sake of her family.' 'It is very important that we hear from you.' "
        "Inspector Rob Harlow said.\n"
    )
    assert speakers_of(text) == ["Rob Harlow", "Rob Harlow"]


def test_a_question_right_before_another_quotation_keeps_its_own_speaker():
    text = (
        "Ms Jones had walked home alone that night. 'Why did nobody stop?' 'It is very important that "
        "we hear from you.' Inspector Rob Harlow said.\n"
    )
    assert speakers_of(text)[1] == "Rob Harlow"
    assert speakers_of(text)[0] != "Rob Harlow"


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


def test_a_statement_going_on_from_the_quotation_before_keeps_that_speaker():
    text = (
        'Fans gathered in a coffee shop to watch the game. "100 percent it is better," said Negar Valayi. '
        '"It does not happen often." "It makes you feel more excited," said Roya Marzbahan.\n'
    )
    assert speakers_of(text) == ["Negar Valayi", "Negar Valayi", "Roya Marzbahan"]


def test_words_read_from_a_letter_right_before_another_quotation_are_not_the_next_speakers():
    text = (
        "In her talk, the actress Ada Moss read aloud a letter written to her by a young girl. 'Dear Ada,' "
        "reads the letter. 'I think you are really lucky to be this successful.' 'My heart bled a little "
        "when I read those words,' the actress said.\n"
    )
    assert speakers_of(text) == [None, "Ada Moss"]


def test_the_next_paragraph_of_a_quotation_stays_with_it_before_another_quotation():
    text = (
        "Defence Secretary Michael Fallon announced the aid on Monday. And he added:'Russia's annexation "
        "of Crimea has shown its disregard for international law. It must stop. 'The ceasefire agreement "
        "has seen a reduction in violence.' "
        "'We will not send arms,' said Anna Kiev, a spokeswoman for the embassy.\n"
    )
    assert speakers_of(text) == ["Michael Fallon", "Michael Fallon", "Anna Kiev"]
