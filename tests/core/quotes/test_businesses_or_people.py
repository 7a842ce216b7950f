"""Whether a name that speaks is a business or a person: the writing around it ("the firm", an outlet's noun,
a rank, a role at the firm) tells which.

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes.engine import list_people
from tests.core.quotes.speakers import kinds_of, speakers_of


def test_a_surname_before_stated_is_the_person_named_in_full_not_an_organisation():
    text = (
        "Barack Obama spoke in Ohio on Monday. Later, Obama stated that the harbor “will be rebuilt by "
        "the people who live and work there.”\n"
    )
    assert speakers_of(text) == ["Barack Obama"]
    assert kinds_of(text) == {"Barack Obama": "person"}


def test_a_name_after_a_business_or_outlet_noun_is_no_person():
    text = (
        "The Harbor Ledger first reported the deal. The Israeli newspaper Haaretz said that “the deal was "
        "signed in secret last week.”\n"
    )
    assert kinds_of(text) == {"Haaretz": "organisation"}


def test_a_speaker_named_without_evidence_of_a_person_is_still_listed():
    text = "“We are pleased with the results this year,” said Swiss Re in a statement.\n"
    assert speakers_of(text) == ["Swiss Re"]
    assert kinds_of(text) == {"Swiss Re": "person"}


def test_a_lone_surname_with_an_adverb_before_its_verb_of_saying_is_a_person():
    text = "The council vote was delayed on Monday.\n\n“We will wait until the spring,” Dorn quietly said.\n"
    assert kinds_of(text) == {"Dorn": "person"}


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


def test_a_name_before_wrote_after_an_outlets_possessive_is_a_person():
    text = "As the Harbor Gazette’s Ishvan Tolarek wrote, “the plan was drafted in a hurry.”\n"
    assert speakers_of(text) == ["Ishvan Tolarek"]
