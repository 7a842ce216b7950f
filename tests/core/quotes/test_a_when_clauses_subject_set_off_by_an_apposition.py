"""A "When" clause whose subject is set off by an apposition before its verb of saying ("When Sen. Abel
Rusk, R-Idaho, bluntly said, “…,” Brandt said he ...") still quotes its own subject: the apposition's
commas do not close the clause (session 67)."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TITLE = "Hearing\n\nNominee Carl Brandt was questioned on Thursday by the oversight committee.\n\n"


def test_the_when_clauses_subject_says_the_quotation_past_its_apposition():
    text = TITLE + (
        "When Sen. Abel Rusk, R-Idaho, bluntly said, “it seems to me that the leak is right here,” Brandt "
        "said he “vehemently disagreed.”\n"
    )
    assert speakers_of(text) == ["Abel Rusk", "Carl Brandt"]


def test_a_when_clause_with_an_apposition_and_no_saying_leaves_the_main_clause_its_words():
    text = (
        TITLE
        + "When Abel Rusk, a senator, arrived, Brandt said, “it seems to me that the leak is right here.”\n"
    )
    assert speakers_of(text) == ["Carl Brandt"]
