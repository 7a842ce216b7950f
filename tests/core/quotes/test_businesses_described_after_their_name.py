"""A name whose apposition is headed by a business noun ("Lantern Rides, the company behind the app,")
is that business speaking, no person; an apposition whose head is a person's role ("the company's
chief executive", "a company director") still describes a person (issue 11, precision).

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes
from tests.core.quotes.speakers import kinds_of, speakers_of

_OPENING = "A ride-sharing app was fined on Tuesday for misleading drivers about their pay.\n\n"


def test_a_name_after_an_inverted_verb_described_as_the_company_behind_a_product_is_an_organisation():
    text = _OPENING + "“We will appeal the ruling,” said Lantern Rides, the company behind the app.\n"
    assert speakers_of(text) == ["Lantern Rides"]
    assert kinds_of(text) == {"Lantern Rides": "organisation"}


def test_a_subject_described_as_a_company_before_its_verb_is_an_organisation():
    text = _OPENING + "Harbor Mobility, a rival company, said it was “not surprised at all by this.”\n"
    assert speakers_of(text) == ["Harbor Mobility"]
    assert kinds_of(text) == {"Harbor Mobility": "organisation"}


def test_a_business_apposition_gives_the_organisation_no_role():
    text = (
        _OPENING + "Harbor Mobility, the company behind the rival app, said it “always paid its drivers.”\n"
    )
    listed = quotes.list_speakers(parse_article("Title: T\n\n" + text)).speakers
    assert [(s.name, s.kind, s.roles) for s in listed] == [("Harbor Mobility", "organisation", ())]


def test_a_person_described_as_the_companys_officer_stays_a_person():
    text = _OPENING + "Tom Reyes, the company's chief executive, said it would “fight this all the way.”\n"
    assert kinds_of(text) == {"Tom Reyes": "person"}


def test_a_person_described_by_a_company_role_stays_a_person():
    text = _OPENING + "“Nobody told us a thing,” said Dana Pruitt, a company director.\n"
    assert kinds_of(text) == {"Dana Pruitt": "person"}
