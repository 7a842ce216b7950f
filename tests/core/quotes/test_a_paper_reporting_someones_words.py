"""A quotation a person's verb of saying leads into, then "the Harbor Times reported" after it: the
person's words, which the paper reports.

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

_OPENING = "Talks broke down on Monday.\n\n"


def test_a_teller_before_the_quotation_outranks_the_paper_reporting_it():
    text = _OPENING + (
        "Foreign Minister Luc Farrand said, “We will answer any attack,” the Harbor Times reported. "
        "“That is what we did tonight.”\n"
    )
    assert speakers_of(text) == ["Luc Farrand", "Luc Farrand"]


def test_the_paper_alone_after_the_quotation_still_speaks():
    text = _OPENING + "“We will answer any attack,” the Harbor Times reported.\n"
    assert speakers_of(text) == ["the Harbor Times"]


def test_a_teller_whose_said_runs_into_the_quotation_outranks_a_news_agency():
    text = _OPENING + (
        "Vera Lund, head of the opposition party, urged the government to accept talks and said "
        "“such an act is unpardonable,” the island’s Harbor news agency reported.\n"
    )
    assert speakers_of(text) == ["Vera Lund"]


def test_a_news_agency_alone_after_the_quotation_still_speaks():
    text = _OPENING + "“Such an act is unpardonable,” the island’s Harbor news agency reported.\n"
    assert speakers_of(text) == ["the island’s Harbor news agency"]


def test_a_group_chanting_before_the_quotation_outranks_the_paper_reporting_it():
    text = _OPENING + "Protesters chanted, “Keep the clinic open,” the Valley Gazette reported.\n"
    assert speakers_of(text) == ["protesters"]


def test_a_person_a_paper_quotes_before_a_participle_speaks():
    text = _OPENING + (
        "Also, the Harbor Times quotes the mayor’s close friend, Senator Nate Fisk (R-SC), arguing "
        "that rebels would “kick the guards out” if they took part.\n"
    )
    assert speakers_of(text) == ["Nate Fisk"]


def test_an_owner_before_the_person_a_paper_quotes_does_not_speak():
    text = _OPENING + (
        "Nate Fisk spoke first. The Harbor Times quotes Fisk’s aide, Dora Lane, saying the town "
        "would “never give in.”\n"
    )
    assert speakers_of(text) == ["Dora Lane"]
