""" "While Buchanan has said the later report clears him, the findings were more mixed, stating it came
“close to supporting a finding ...”": the writing opening the main clause goes on with the participle,
not the subordinate clause's speaker."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_the_findings_state_the_words():
    text = (
        "While Vern Buchanan has said the later report clears him, the findings were more mixed, stating "
        "it came “close to supporting a finding that the payments were improper” under the law.\n"
    )
    assert speakers_of(text) == ["the findings"]


def test_a_person_opening_the_main_clause_still_goes_on():
    text = (
        "While the report clears him, Vern Buchanan was more careful, stating it came “close to "
        "supporting a finding that the payments were improper” under the law.\n"
    )
    assert speakers_of(text) == ["Vern Buchanan"]
