"""A definite role opening a clause refers back to the person the article names so, past an adverb
before its verb ("The president quickly backed the plan, calling it “…”") and when its verb puts out a
statement ("The President issued a statement ... but added “…”")."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Farm bill\n\nRepublicans want a win since President Harold Benning took office.\n\n"


def test_a_role_before_an_adverb_and_a_participle_refers_back():
    text = LEAD + "The president quickly backed the plan, calling it a step toward “real relief for farms.”\n"
    assert speakers_of(text) == ["Harold Benning"]


def test_a_role_issuing_a_statement_refers_back():
    text = LEAD + (
        "The President issued a statement applauding the release but added “there is still a great "
        "deal of work left to do.”\n"
    )
    assert speakers_of(text) == ["Harold Benning"]


def test_a_role_no_one_holds_stays_unattributed():
    text = LEAD + "The senator quickly backed the plan, calling it a step toward “real relief for farms.”\n"
    assert speakers_of(text) == [None]
