"""Wrong speakers and false speakers found on PolNeAR's train split (issue 11, session 11 precision).

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes
from tests.core.quotes.speakers import kinds_of, speakers_of


def test_a_sentence_opening_the_makes_the_capitalised_words_after_it_a_body_not_a_person():
    text = (
        "The Harbor Legion wrote to the senator's office on Monday.\n\n"
        "The Harbor Legion said the group “did not give permission to use the emblem.”\n"
    )
    kinds = kinds_of(text)
    assert "Legion" not in kinds
    assert kinds == {"the Harbor Legion": "organisation"}


def test_a_lone_word_whose_own_clause_reaches_its_is_an_organisation():
    text = (
        "“We look forward to having all of our employees back at work,” Larkmoor said in a statement.\n\n"
        "To weather the strike, Larkmoor drafted thousands of workers from its other offices.\n"
    )
    assert kinds_of(text) == {"Larkmoor": "organisation"}


def test_a_name_in_commas_after_a_possessed_role_is_the_subject_a_pronoun_means():
    text = (
        "Sen. Bernie Reyes has campaigned hard this year.\n\n"
        "Reyes advisers insist there have been few talks. But his wife, Jane, offered a preview "
        "in an interview.\n\n"
        "“If he's president, he wants to keep this movement going,” she said.\n\n"
        "In the interview, Jane Reyes made it clear that his supporters won't fall in line.\n"
    )
    assert speakers_of(text) == ["Jane Reyes"]


def test_the_inch_marks_of_heights_close_no_quotation():
    text = (
        "“She keeps calling me ‘Tiny Ada.’ Fine, she’s taller than me; she’s about 6’1”,” Ada Holt "
        "said Friday in Maine as the hall cheered.\n\n"
        "“So I can’t see why she tells people I am 5’3”. You can’t believe a word.”\n"
    )
    found = quotes.extract_quotes(parse_article("Title: T\n\n" + text))
    assert [q.speaker for q in found] == ["Ada Holt", "Ada Holt"]
    assert found[1].text.endswith("5’3”. You can’t believe a word.")


def test_mister_spelled_out_is_an_honorific_not_part_of_a_second_persons_name():
    text = (
        "I once heard the late Walter Hobbs of Mister Hobbs' Playhouse give a talk in 1998.\n\n"
        'In it, he described a spelling bee. It is a lesson, Hobbs said, that "what counts in the '
        'end is how kindly we lose."\n'
    )
    assert speakers_of(text) == ["Walter Hobbs"]


def test_a_subject_before_an_aside_in_dashes_tells_the_listener_after_it():
    text = (
        "Gwen Holt was on the Harbor Morning Show this week.\n\n"
        "On Friday, Holt — mentioned by the Harbor Times as the leading choice — told Tom Reyes of "
        "Fox News, that “you have to look at it very seriously, of course.”\n"
    )
    assert speakers_of(text) == ["Gwen Holt"]


def test_a_title_keeps_its_lower_case_name_particles():
    text = (
        "A group of comedians is performing a popular play called “Los Hijos de Trump” in the "
        "capital's Aldama Theater.\n"
    )
    assert quotes.extract_quotes(parse_article("Title: T\n\n" + text)) == ()


def test_a_she_after_someone_unknown_with_a_who_clause_is_not_the_speaker_before():
    text = (
        "Ada Holt accepted an award for her work. “Change the world,” she said.\n\n"
        "Meanwhile Zandora, who was honored with the evening's top prize, spoke about self-love. "
        "“The minute you learn to love yourself, you would not want to be anyone else,” she said.\n"
    )
    assert speakers_of(text) == ["Ada Holt", None]


def test_the_one_a_named_persons_letter_is_written_to_does_not_speak_it():
    text = (
        "Tom Reyes runs the port authority. Ada Holt is the mayor.\n\n"
        "Reyes’s letter to Holt said the plan was “a disaster for every family in this city.”\n"
    )
    assert speakers_of(text) == ["Tom Reyes"]


def test_a_writing_that_his_or_her_owns_gives_its_words_to_no_addressee():
    text = (
        "Tom Reyes runs the port authority. Ada Holt is the mayor.\n\n"
        "His latest message to the mayor reads: “Go home, we are closing in on you.”\n"
    )
    assert speakers_of(text) == [None]
