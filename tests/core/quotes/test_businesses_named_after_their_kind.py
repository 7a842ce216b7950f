"""A business named right after a lower-case noun for its kind ("brokerage Merrill Lynch said",
"said retailer Harbor Holdings.") speaks as that organisation, under its whole name, even when
its first word is also a given name; "the firm Bill Holt founded" still names a person."""

from __future__ import annotations

from tests.core.quotes.speakers import kinds_of, speakers_of


def test_a_business_whose_name_opens_with_a_given_name_speaks_after_its_kind():
    text = (
        "Shares in the carmaker fell on Monday.\n\n"
        "“The outlook for the group is weak,” brokerage Merrill Lynch said.\n"
    )
    assert speakers_of(text) == ["Merrill Lynch"]
    assert kinds_of(text) == {"Merrill Lynch": "organisation"}


def test_an_inverted_verb_before_a_business_named_after_its_kind_gives_its_whole_name():
    text = (
        "Shares in the carmaker fell on Monday.\n\n“Demand has collapsed,” said retailer Harbor Holdings.\n"
    )
    assert speakers_of(text) == ["Harbor Holdings"]
    assert kinds_of(text) == {"Harbor Holdings": "organisation"}


def test_an_inverted_verb_before_a_business_and_where_it_spoke_gives_the_business():
    text = (
        "Shares in the carmaker fell on Monday.\n\n"
        "“Demand has collapsed,” said brokerage Merrill Lynch in a note to clients.\n"
    )
    assert speakers_of(text) == ["Merrill Lynch"]
    assert kinds_of(text) == {"Merrill Lynch": "organisation"}


def test_a_person_named_after_a_business_noun_before_another_verb_stays_a_person():
    text = "Shares fell at the firm Bill Holt founded in 1990.\n\n“We will recover,” Holt said.\n"
    assert speakers_of(text) == ["Bill Holt"]


def test_a_business_set_off_after_her_insurer_is_no_antecedent_of_she():
    text = (
        "Ms. Brandt learned that her insurer, Green Shield, was dropping her plan. Now Green Shield "
        "says it will extend her policy at a higher cost, she said.\n\n"
        "“I appreciate the irony of complaining about my premiums,” she said.\n"
    )
    assert speakers_of(text) == ["Brandt"]


def test_a_person_set_off_after_the_company_stays_a_person():
    text = (
        "A deputy who is now leaving the company, Elliot J. Schrage, took responsibility for the "
        "hiring. “We had not heard such criticism from him before,” Mr. Schrage wrote.\n"
    )
    assert speakers_of(text) == ["Elliot J. Schrage"]
