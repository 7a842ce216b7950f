"""Wrong and junk speakers found reading news texts as a user would (issue 11, session 15).

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes.engine import list_people
from tests.core.quotes.speakers import kinds_of, speakers_of


def test_the_prime_minister_is_not_the_last_subject_when_he_holds_another_office():
    text = (
        "London mayor Mr Hollis says he is standing by his remarks about a reporter.\n\n"
        "Mr Hollis has said his comments were not meant to offend, and said he would not apologise "
        "even if Mr Dent asked. Later the prime minister said: “A lot of us get angry with "
        "journalists, but he should apologise to this one.”\n"
    )
    assert speakers_of(text) == [None]


def test_the_minister_may_still_be_the_secretary_named_before():
    text = (
        "Home Secretary Tom Reyes visited the harbour on Monday.\n\n"
        "Later the minister said: “The harbour will reopen in the spring.”\n"
    )
    assert speakers_of(text) == ["Tom Reyes"]


def test_a_lone_surname_with_an_adverb_before_its_verb_of_saying_is_a_person():
    text = "The council vote was delayed on Monday.\n\n“We will wait until the spring,” Dorn quietly said.\n"
    assert kinds_of(text) == {"Dorn": "person"}


def test_maintains_introduces_the_quotation_after_its_colon():
    text = (
        "The oil firm's tax row went on in Moscow on Monday.\n\n"
        "Larkspur maintains the bill is unfair: “The demand will cause the company to collapse.”\n"
    )
    assert speakers_of(text) == ["Larkspur"]


def test_cried_says_its_quotation_as_said_does():
    text = 'Ada Holt spoke for an hour.\n\n"Do we give up?" Holt asked.\n\n"Nooooo!" the crowd cried out.\n'
    assert speakers_of(text) == ["Ada Holt", "the crowd"]


def test_a_lone_exclamation_after_a_question_is_the_answer_not_the_asker_s():
    text = (
        'Ada Holt spoke for an hour. "We will win," Holt said.\n\n'
        '"Or do we roll up our sleeves and get to work?" she asked.\n\n"Yesssss!"\n'
    )
    assert speakers_of(text) == ["Ada Holt", "Ada Holt", None]


def test_a_lone_exclamation_repeating_a_reply_is_its_first_speaker_s():
    text = (
        'Ada Holt spoke for an hour.\n\n"Do we give up?" Holt asked.\n\n"Nooooo!" the crowd cried out.\n\n'
        '"Or do we make promises we cannot keep?" Holt asked.\n\n"Noooo!"\n'
    )
    assert speakers_of(text) == ["Ada Holt", "the crowd", "Ada Holt", "the crowd"]


def test_a_bare_quotation_naming_the_last_speaker_s_work_as_another_s_is_not_theirs():
    text = (
        'As analyst Dana Byler pointed out in December, "The delegates will have chances to change '
        'it before the convention."\n\n"One of the shortcomings of Byler\'s otherwise excellent piece '
        'is that it does not consider that the rule works as intended."\n'
    )
    assert speakers_of(text) == ["Dana Byler", None]


def test_a_surname_shared_in_a_family_far_from_every_full_name_is_unclear():
    text = (
        "Rep. Alan Holt blasted out a new robocall as his campaign began falling apart.\n\n"
        "Holt, however, was not dropping out of the race.\n\n"
        "“He was unfaithful to me,” Lolita Holt wrote Thursday in an email.\n\n"
        "The campaign lost three staff members this week.\n\n"
        "Two consultants also left the campaign.\n\n"
        "Rep. Lois Frankel recalled a meeting last year.\n\n"
        "“She’s going to have my name,” Holt said, according to Frankel.\n"
    )
    assert speakers_of(text) == ["Lolita Holt", None]


def test_a_paper_named_before_its_noun_is_labelled_by_its_name():
    text = "The harbour plan won support.\n\n“This is a bold plan,” Le Courrier newspaper said.\n"
    assert kinds_of(text) == {"Le Courrier": "organisation"}


def test_a_rank_before_one_word_never_written_without_it_names_a_business():
    text = "Profits rose sharply.\n\n“We had a very strong quarter,” General Turbine said.\n"
    assert kinds_of(text) == {"General Turbine": "organisation"}


def test_officers_listed_by_rank_are_still_people():
    text = (
        "“After consulting with General Dorn, General Pike and the staff, we have a plan,” Ada Holt wrote.\n"
    )
    assert [s.name for s in list_people(parse_article("Title: T\n\n" + text))] == [
        "Ada Holt",
        "Dorn",
        "Pike",
    ]


def test_the_firm_is_the_one_business_known_by_a_single_word_before_it():
    text = (
        "Larkspur announced 500 job cuts on Monday. Larkspur shares rose 2%.\n\n"
        "“We need to cut our costs,” the firm said.\n"
    )
    assert speakers_of(text) == ["Larkspur"]


def test_the_company_is_never_a_word_named_after_an_outlet_s_noun():
    text = (
        "The list was drawn up by US publication Harbormag. Harbormag, which ranks the rich each "
        "year, named 500 people.\n\n“We are proud of our staff,” the company said.\n"
    )
    assert speakers_of(text) == ["the company"]


def test_a_name_with_a_role_at_the_firm_before_its_verb_speaks_not_the_firm():
    text = (
        "Larkspur showed off a faster system at the show. Harbor Mobile showed one too.\n\n"
        "The plans may be more than users need, but Dana Pruitt, president of the networks division "
        "at the firm says that: “By 2015 the need for capacity will be far greater.”\n"
    )
    assert speakers_of(text) == ["Dana Pruitt"]
