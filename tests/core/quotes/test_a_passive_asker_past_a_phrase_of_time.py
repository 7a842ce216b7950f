"""The one a passive verb of asking is done by asks the question, past a phrase of time or place
between the verb and "by" ("was asked during a 2014 hearing by Sen. Miriam Ostrow: “…?”")."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Spy chief\n\nDirector Conrad Pell returned to Capitol Hill on Thursday.\n\n"
QUESTION = "“Does the agency collect any records at all on millions of citizens?”"


def test_asked_during_a_hearing_by_a_senator_gives_the_senator():
    text = LEAD + f"Pell was asked during a 2014 hearing by Sen. Miriam Ostrow: {QUESTION}\n"
    assert speakers_of(text) == ["Miriam Ostrow"]


def test_asked_in_a_year_by_a_senator_gives_the_senator():
    text = LEAD + f"Pell was asked in 2014 by Sen. Miriam Ostrow: {QUESTION}\n"
    assert speakers_of(text) == ["Miriam Ostrow"]


def test_asked_at_a_hearing_by_reporters_names_no_one():
    text = LEAD + f"Pell was asked at the hearing by reporters: {QUESTION}\n"
    assert speakers_of(text) == [None]
