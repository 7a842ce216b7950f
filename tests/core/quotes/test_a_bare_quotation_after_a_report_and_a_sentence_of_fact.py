"""A bare quotation after a sentence naming no one goes on from the sentence before that, when it
opens on its teller and a verb of reporting ("Brannock says many of those affected have been bus
drivers. A lot of them obviously hope to return. “…”"), as after a closing "..., Brannock said.";
a sentence opening on a person doing something else hands it no one."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "Bus drivers\n\nSchool districts have laid off hundreds of workers.\n\n"
    "“That is an astonishing number,” says Ida Brannock at the Norvale Budget Institute.\n\n"
)
QUOTED = (
    "“But, given the collapse in regional revenues, many of these workers will never get their jobs back.”\n"
)


def test_the_teller_opening_the_report_speaks_past_a_sentence_of_fact():
    text = LEAD + (
        "Brannock says many of those affected have been bus drivers who were laid off as schools "
        "closed. A lot of them obviously hope to return. " + QUOTED
    )
    assert speakers_of(text) == ["Ida Brannock", "Ida Brannock"]


def test_a_person_opening_a_sentence_of_doing_hands_it_no_one():
    text = LEAD + (
        "Brannock met many of those affected, bus drivers who were laid off as schools closed. "
        "A lot of them obviously hope to return. " + QUOTED
    )
    assert speakers_of(text) == ["Ida Brannock", None]
